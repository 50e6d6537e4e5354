using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Problems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "Settlements",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "Settlements",
                type: "float",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProblemCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NameBg = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    IsArchived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProblemReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SettlementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    LocationApproximate = table.Column<bool>(type: "bit", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Photos = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReporterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DeadlineStart = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineOriginalDue = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineDue = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineExtendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeadlineExtensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OverdueSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FixedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompetentBody = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MeTooCount = table.Column<int>(type: "int", nullable: false),
                    ReopenCount = table.Column<int>(type: "int", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    History = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProblemReports_ProblemCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ProblemCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProblemMeToos",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemMeToos", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ProblemMeToos_ProblemReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProblemReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemMeToos_UserId",
                table: "ProblemMeToos",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_CategoryId",
                table: "ProblemReports",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_DeadlineDue",
                table: "ProblemReports",
                column: "DeadlineDue");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_DepartmentId_Status",
                table: "ProblemReports",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_Number",
                table: "ProblemReports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_ReporterId",
                table: "ProblemReports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_SettlementId_ReportedAt",
                table: "ProblemReports",
                columns: new[] { "SettlementId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemReports_Status_CategoryId_Latitude_Longitude",
                table: "ProblemReports",
                columns: new[] { "Status", "CategoryId", "Latitude", "Longitude" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProblemMeToos");

            migrationBuilder.DropTable(
                name: "ProblemReports");

            migrationBuilder.DropTable(
                name: "ProblemCategories");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "Settlements");
        }
    }
}
