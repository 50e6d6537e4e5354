using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsAndSignUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EventRegistrations_PublicEvents_EventId",
                table: "EventRegistrations");

            migrationBuilder.DropForeignKey(
                name: "FK_PublicEvents_PolicyAreas_PolicyAreaId",
                table: "PublicEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_PublicEvents_Settlements_SettlementId",
                table: "PublicEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PublicEvents",
                table: "PublicEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EventRegistrations",
                table: "EventRegistrations");

            migrationBuilder.RenameTable(
                name: "PublicEvents",
                newName: "Meetings");

            migrationBuilder.RenameTable(
                name: "EventRegistrations",
                newName: "MeetingSignUps");

            migrationBuilder.RenameIndex(
                name: "IX_PublicEvents_StartsAt",
                table: "Meetings",
                newName: "IX_Meetings_StartsAt");

            migrationBuilder.RenameIndex(
                name: "IX_PublicEvents_SettlementId",
                table: "Meetings",
                newName: "IX_Meetings_SettlementId");

            migrationBuilder.RenameIndex(
                name: "IX_PublicEvents_PolicyAreaId",
                table: "Meetings",
                newName: "IX_Meetings_PolicyAreaId");

            migrationBuilder.RenameIndex(
                name: "IX_PublicEvents_EndsAt",
                table: "Meetings",
                newName: "IX_Meetings_EndsAt");

            migrationBuilder.RenameColumn(
                name: "RegisteredAt",
                table: "MeetingSignUps",
                newName: "SignedUpAt");

            migrationBuilder.RenameColumn(
                name: "EventId",
                table: "MeetingSignUps",
                newName: "MeetingId");

            migrationBuilder.RenameIndex(
                name: "IX_EventRegistrations_UserId",
                table: "MeetingSignUps",
                newName: "IX_MeetingSignUps_UserId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Meetings",
                table: "Meetings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MeetingSignUps",
                table: "MeetingSignUps",
                columns: new[] { "MeetingId", "UserId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_PolicyAreas_PolicyAreaId",
                table: "Meetings",
                column: "PolicyAreaId",
                principalTable: "PolicyAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_Settlements_SettlementId",
                table: "Meetings",
                column: "SettlementId",
                principalTable: "Settlements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingSignUps_Meetings_MeetingId",
                table: "MeetingSignUps",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_PolicyAreas_PolicyAreaId",
                table: "Meetings");

            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_Settlements_SettlementId",
                table: "Meetings");

            migrationBuilder.DropForeignKey(
                name: "FK_MeetingSignUps_Meetings_MeetingId",
                table: "MeetingSignUps");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MeetingSignUps",
                table: "MeetingSignUps");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Meetings",
                table: "Meetings");

            migrationBuilder.RenameTable(
                name: "MeetingSignUps",
                newName: "EventRegistrations");

            migrationBuilder.RenameTable(
                name: "Meetings",
                newName: "PublicEvents");

            migrationBuilder.RenameColumn(
                name: "SignedUpAt",
                table: "EventRegistrations",
                newName: "RegisteredAt");

            migrationBuilder.RenameColumn(
                name: "MeetingId",
                table: "EventRegistrations",
                newName: "EventId");

            migrationBuilder.RenameIndex(
                name: "IX_MeetingSignUps_UserId",
                table: "EventRegistrations",
                newName: "IX_EventRegistrations_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_Meetings_StartsAt",
                table: "PublicEvents",
                newName: "IX_PublicEvents_StartsAt");

            migrationBuilder.RenameIndex(
                name: "IX_Meetings_SettlementId",
                table: "PublicEvents",
                newName: "IX_PublicEvents_SettlementId");

            migrationBuilder.RenameIndex(
                name: "IX_Meetings_PolicyAreaId",
                table: "PublicEvents",
                newName: "IX_PublicEvents_PolicyAreaId");

            migrationBuilder.RenameIndex(
                name: "IX_Meetings_EndsAt",
                table: "PublicEvents",
                newName: "IX_PublicEvents_EndsAt");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EventRegistrations",
                table: "EventRegistrations",
                columns: new[] { "EventId", "UserId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_PublicEvents",
                table: "PublicEvents",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_EventRegistrations_PublicEvents_EventId",
                table: "EventRegistrations",
                column: "EventId",
                principalTable: "PublicEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PublicEvents_PolicyAreas_PolicyAreaId",
                table: "PublicEvents",
                column: "PolicyAreaId",
                principalTable: "PolicyAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PublicEvents_Settlements_SettlementId",
                table: "PublicEvents",
                column: "SettlementId",
                principalTable: "Settlements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
