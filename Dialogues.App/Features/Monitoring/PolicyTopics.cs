using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Monitoring;

namespace Dialogues.App.Features.Monitoring;

public static class PolicyTopics
{
    public static LiveTopic Of(PolicyId policy) => new($"policy:{policy.Value}");
}
