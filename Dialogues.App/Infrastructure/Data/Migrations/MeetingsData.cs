using Microsoft.EntityFrameworkCore.Migrations;

namespace Dialogues.App.Infrastructure.Data.Migrations;

/// <summary>
/// The MeetingKindNames migration, the data step after MeetingsAndSignUps renamed the tables (in a migration of its
/// own, so no SQL runs while SQLite rebuilds a table); the same SQL for both providers. Public meetings were the kind
/// "PublicEvent" and their notices used the templates "Event.*", names that collided with domain events. The audit
/// log is append-only and keeps the name it was written with. Frozen with the migration: do not change it later.
/// </summary>
internal static class MeetingsData
{
    private static readonly (string Table, string Column)[] KindColumns =
    [
        ("DeadlineReminders", "ItemKind"), ("Flags", "ItemKind"), ("ModerationCases", "ItemKind"), ("ModerationDecisions", "ItemKind"),
        ("Follows", "TargetKind"), ("Notifications", "SubjectKind"), ("Notifications", "GroupKind"),
    ];

    public static void Up(MigrationBuilder migration) => Rename(migration, ("PublicEvent", "Event"), ("Meeting", "Meeting"));

    public static void Down(MigrationBuilder migration) => Rename(migration, ("Meeting", "Meeting"), ("PublicEvent", "Event"));

    private static void Rename(MigrationBuilder migration, (string Kind, string Templates) from, (string Kind, string Templates) to)
    {
        foreach (var (table, column) in KindColumns)
        {
            migration.Sql($"""UPDATE "{table}" SET "{column}" = '{to.Kind}' WHERE "{column}" = '{from.Kind}';""");
        }
        // Each name occurs once in a template, at the start: REPLACE is safe and reads the same on both providers.
        migration.Sql($"""UPDATE "Notifications" SET "Template" = REPLACE("Template", '{from.Templates}.', '{to.Templates}.') WHERE "Template" LIKE '{from.Templates}.%';""");
        migration.Sql($"""UPDATE "Notifications" SET "Template" = REPLACE("Template", 'Closing.{from.Kind}.', 'Closing.{to.Kind}.') WHERE "Template" LIKE 'Closing.{from.Kind}.%';""");
    }
}
