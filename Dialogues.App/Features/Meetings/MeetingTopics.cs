using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Meetings;

namespace Dialogues.App.Features.Meetings;

public static class MeetingTopics
{
    public static LiveTopic Of(MeetingId meeting) => new($"event:{meeting.Value}");

    /// <summary>The public calendar.</summary>
    public static readonly LiveTopic All = new("events");
}
