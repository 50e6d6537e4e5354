using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                table: "Dialogues",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProfileHiddenAt",
                table: "AspNetUsers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    TargetKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    After = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FlaggedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ByModerator = table.Column<bool>(type: "bit", nullable: false),
                    Automatic = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModerationCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    FlagCount = table.Column<int>(type: "int", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AutoHiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PreModeration = table.Column<bool>(type: "bit", nullable: false),
                    ClaimedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClaimExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstActionAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModerationDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReasonTemplate = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppealText = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AppealedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppealDecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AppealUpheld = table.Column<bool>(type: "bit", nullable: true),
                    AppealReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AppealDecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LiftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationDecisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_At",
                table: "AuditEntries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectUserId_At",
                table: "AuditEntries",
                columns: new[] { "SubjectUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_FlaggedBy_CreatedAt",
                table: "Flags",
                columns: new[] { "FlaggedBy", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_ItemKind_ItemId_FlaggedBy",
                table: "Flags",
                columns: new[] { "ItemKind", "ItemId", "FlaggedBy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationCases_AuthorId",
                table: "ModerationCases",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationCases_ItemKind_ItemId",
                table: "ModerationCases",
                columns: new[] { "ItemKind", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationCases_Status_OpenedAt",
                table: "ModerationCases",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationDecisions_AppealedAt_AppealDecidedAt",
                table: "ModerationDecisions",
                columns: new[] { "AppealedAt", "AppealDecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationDecisions_AuthorId_DecidedAt",
                table: "ModerationDecisions",
                columns: new[] { "AuthorId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationDecisions_DecidedAt",
                table: "ModerationDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationDecisions_ItemKind_ItemId",
                table: "ModerationDecisions",
                columns: new[] { "ItemKind", "ItemId" });

            // The audit log is append-only: refused even for statements that bypass the app.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoUpdate ON AuditEntries INSTEAD OF UPDATE AS BEGIN THROW 50000, 'AuditEntries are append-only', 1; END");
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoDelete ON AuditEntries INSTEAD OF DELETE AS BEGIN THROW 50000, 'AuditEntries are append-only', 1; END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoDelete");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Flags");

            migrationBuilder.DropTable(
                name: "ModerationCases");

            migrationBuilder.DropTable(
                name: "ModerationDecisions");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "Dialogues");

            migrationBuilder.DropColumn(
                name: "ProfileHiddenAt",
                table: "AspNetUsers");
        }
    }
}
