using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Practices;

namespace Dialogues.App.Features.Practices;

public static class PracticeTopics
{
    public static LiveTopic Of(PracticeId practice) => new($"practice:{practice.Value}");

    /// <summary>The library and the review queue.</summary>
    public static readonly LiveTopic All = new("practices");
}
