using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.Problems;

/// <summary>A problem report in a small municipality of two settlements, with its category and department.</summary>
public static class ProblemReportBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly DepartmentId LightingDepartment = new(Guid.NewGuid());
    public static readonly SettlementId Skravena = new(Guid.NewGuid());
    public static readonly SettlementId Botevgrad = new(Guid.NewGuid());
    public static readonly GeoPoint SkravenaCentre = new(42.9372, 23.8700);
    public static readonly Territory Municipality = new(new GeoBounds(42.78, 23.55, 43.05, 24.05), new Dictionary<SettlementId, (GeoPoint, string)>
    {
        [Skravena] = (SkravenaCentre, "Скравена"),
        [Botevgrad] = (new GeoPoint(42.9067, 23.7934), "Ботевград"),
    });

    public static readonly Actor Reporter = new(new UserId(Guid.NewGuid()), "Жител", new HashSet<string> { Role.Resident }, null);
    public static readonly Actor LightingOfficial = new(new UserId(Guid.NewGuid()), "Служител", new HashSet<string> { Role.Official }, LightingDepartment);
    public static readonly Actor Stranger = new(new UserId(Guid.NewGuid()), "Друг служител", new HashSet<string> { Role.Official }, new DepartmentId(Guid.NewGuid()));

    public static ProblemReport Report(GeoPoint? point = null, SettlementId? settlement = null, bool confirmed = false, Actor? reporter = null, int photos = 0) =>
        ProblemReport.Submit(reporter ?? Reporter, 1,
            ProblemCategory.Create(BilingualName.Of("Улично осветление", "Street lighting"), 0, new PolicyAreaId(Guid.NewGuid()), LightingDepartment),
            new ProblemPlace(settlement ?? Skravena, point ?? SkravenaCentre, null, confirmed), Municipality,
            "Не свети лампата", "Лампата пред читалището не свети от седмица.",
            Enumerable.Range(0, photos).Select(_ => new AttachmentId(Guid.NewGuid())).ToList(), new DateOnly(2026, 5, 4), 2, Now);
}
