using Microsoft.EntityFrameworkCore.Migrations;

namespace Dialogues.App.Infrastructure.Data.Migrations;

/// <summary>
/// The data step of the OneNamePerKind migration, the same SQL for both providers: reminders called a problem report
/// "Problem", a public event "Event" and a monitoring round "Round", and follows called an event "Event", while
/// moderation used "ProblemReport" and "PublicEvent". Every stored name becomes the one of <c>ItemKind</c>.
/// Frozen with the migration: do not change it when kinds change later.
/// </summary>
internal static class OneNamePerKindData
{
    private static readonly (string Old, string New)[] Renames = [("Problem", "ProblemReport"), ("Event", "PublicEvent"), ("Round", "MonitoringRound")];

    public static void Up(MigrationBuilder migration)
    {
        foreach (var (old, @new) in Renames)
        {
            Rename(migration, old, @new);
        }
    }

    public static void Down(MigrationBuilder migration)
    {
        foreach (var (old, @new) in Renames)
        {
            Rename(migration, @new, old);
        }
    }

    private static void Rename(MigrationBuilder migration, string from, string to)
    {
        migration.Sql($"""UPDATE "DeadlineReminders" SET "ItemKind" = '{to}' WHERE "ItemKind" = '{from}';""");
        // Only the reminders' notices used the other names; the rest already had the moderation name, which stays.
        migration.Sql($"""UPDATE "Notifications" SET "SubjectKind" = '{to}' WHERE "SubjectKind" = '{from}' AND ("Template" LIKE 'Deadline.%' OR "Template" LIKE 'Closing.%');""");
        migration.Sql($"""UPDATE "Notifications" SET "Template" = REPLACE("Template", 'Closing.{from}.', 'Closing.{to}.') WHERE "Template" LIKE 'Closing.{from}.%';""");
        if (from is "Event" or "PublicEvent")
        {
            // Only events were followed under another name.
            migration.Sql($"""UPDATE "Follows" SET "TargetKind" = '{to}' WHERE "TargetKind" = '{from}';""");
            migration.Sql($"""UPDATE "Notifications" SET "GroupKind" = '{to}' WHERE "GroupKind" = '{from}';""");
        }
    }
}
