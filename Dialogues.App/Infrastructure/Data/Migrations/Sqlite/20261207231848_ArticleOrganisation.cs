using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleOrganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_OrganisationId",
                table: "Articles",
                column: "OrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Organisations_OrganisationId",
                table: "Articles",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Organisations_OrganisationId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_OrganisationId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Articles");
        }
    }
}
