using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Acts;

namespace Dialogues.App.Features.Acts;

public static class ActTopics
{
    public static LiveTopic Of(ActId act) => new($"act:{act.Value}");

    /// <summary>The register and the legality watch: any act published, changed or flagged.</summary>
    public static readonly LiveTopic Register = new("acts");
}
