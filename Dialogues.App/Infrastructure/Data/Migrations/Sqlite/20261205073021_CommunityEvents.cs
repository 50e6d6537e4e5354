using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommunityEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ByMunicipality",
                table: "PublicEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "HiddenAt",
                table: "PublicEvents",
                type: "INTEGER",
                nullable: true);

            // Until now only staff could schedule events.
            migrationBuilder.Sql("UPDATE PublicEvents SET ByMunicipality = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ByMunicipality",
                table: "PublicEvents");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "PublicEvents");
        }
    }
}
