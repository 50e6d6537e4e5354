using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpeakingForOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationName",
                table: "Proposals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Comments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationName",
                table: "Comments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_OrganisationId_CreatedAt",
                table: "Proposals",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_OrganisationId_CreatedAt",
                table: "Comments",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Comments_Organisations_OrganisationId",
                table: "Comments",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Organisations_OrganisationId",
                table: "Proposals",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Comments_Organisations_OrganisationId",
                table: "Comments");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Organisations_OrganisationId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_OrganisationId_CreatedAt",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Comments_OrganisationId_CreatedAt",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "OrganisationName",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "OrganisationName",
                table: "Comments");
        }
    }
}
