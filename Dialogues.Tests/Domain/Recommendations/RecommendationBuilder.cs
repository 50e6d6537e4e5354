using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Recommendations;

/// <summary>Recommendations at each step of their way: submitted, registered, assigned.</summary>
public static class RecommendationBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 10);
    public static readonly DepartmentId Roads = new(Guid.NewGuid());
    public static readonly DepartmentId Culture = new(Guid.NewGuid());

    public static Recommendation Submitted(Actor? author = null) => Recommendation.Submit(author ?? Resident(), "Осветление в Скравена", "Половината лампи по улицата не светят от година.", new PolicyAreaId(Guid.NewGuid()), null, null, null, false, Now);

    public static Recommendation Registered(Actor? author = null)
    {
        var recommendation = Submitted(author);
        recommendation.Register(Moderator(), new RegistrationNumber("ПР", 2026, 1), Today, 2, Now);
        return recommendation;
    }

    public static Recommendation AssignedToRoads(Actor? author = null)
    {
        var recommendation = Registered(author);
        recommendation.AssignTo(Administrator(), Roads, null, Now);
        return recommendation;
    }
}
