using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcernsActId",
                table: "Recommendations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcernsArticle",
                table: "Recommendations",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(351)", maxLength: 351, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PolicyAreas = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Motives = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ImpactAssessment = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Documents = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ConsultationStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ShortConsultationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InForceFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    RepealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevisionCount = table.Column<int>(type: "int", nullable: false),
                    SummaryPublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SummaryPublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityFlagCount = table.Column<int>(type: "int", nullable: false),
                    LegalityFlags = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Links = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoredPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Objectives = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IsMonitored = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoredPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Motives = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ImpactAssessment = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Facts = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActRevisions_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Paragraph = table.Column<int>(type: "int", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComments_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Baseline = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Target = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Values = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_MonitoredPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "MonitoredPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Organisation = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReports_MonitoredPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "MonitoredPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_MonitoredPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "MonitoredPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Scores_Accessibility = table.Column<int>(type: "int", nullable: false),
                    Scores_Effectiveness = table.Column<int>(type: "int", nullable: false),
                    Scores_Legality = table.Column<int>(type: "int", nullable: false),
                    Scores_Transparency = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => new { x.RoundId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Evaluations_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActRevisions_ActId_Revision",
                table: "ActRevisions",
                columns: new[] { "ActId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acts_ConsultationEnd",
                table: "Acts",
                column: "ConsultationEnd");

            migrationBuilder.CreateIndex(
                name: "IX_Acts_LegalityFlagCount",
                table: "Acts",
                column: "LegalityFlagCount");

            migrationBuilder.CreateIndex(
                name: "IX_Acts_PublishedAt_Type",
                table: "Acts",
                columns: new[] { "PublishedAt", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Acts_SearchText",
                table: "Acts",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComments_ActId_CreatedAt",
                table: "ConsultationComments",
                columns: new[] { "ActId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComments_AuthorId",
                table: "ConsultationComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_PolicyId",
                table: "Evaluations",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PolicyId",
                table: "Indicators",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoredPolicies_IsMonitored",
                table: "MonitoredPolicies",
                column: "IsMonitored");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReports_PolicyId_PublishedAt",
                table: "MonitoringReports",
                columns: new[] { "PolicyId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_ClosesOn",
                table: "MonitoringRounds",
                column: "ClosesOn");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_PolicyId_OpensOn",
                table: "MonitoringRounds",
                columns: new[] { "PolicyId", "OpensOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActRevisions");

            migrationBuilder.DropTable(
                name: "ConsultationComments");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "MonitoringReports");

            migrationBuilder.DropTable(
                name: "Acts");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");

            migrationBuilder.DropTable(
                name: "MonitoredPolicies");

            migrationBuilder.DropColumn(
                name: "ConcernsActId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "ConcernsArticle",
                table: "Recommendations");
        }
    }
}
