using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationName",
                table: "Meetings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganisationId_CreatedAt",
                table: "Meetings",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_Organisations_OrganisationId",
                table: "Meetings",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_Organisations_OrganisationId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_OrganisationId_CreatedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "OrganisationName",
                table: "Meetings");
        }
    }
}
