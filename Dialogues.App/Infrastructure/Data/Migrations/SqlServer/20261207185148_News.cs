using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class News : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Voice = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Organisation = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    WrittenBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Areas = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Settlements = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CoverId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Documents = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Attachments_CoverId",
                        column: x => x.CoverId,
                        principalTable: "Attachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Articles_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CoverId",
                table: "Articles",
                column: "CoverId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DepartmentId",
                table: "Articles",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishAt",
                table: "Articles",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_ArchivedAt",
                table: "Articles",
                columns: new[] { "PublishedAt", "ArchivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WrittenBy",
                table: "Articles",
                column: "WrittenBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
