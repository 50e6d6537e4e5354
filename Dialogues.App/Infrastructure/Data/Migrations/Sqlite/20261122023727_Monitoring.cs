using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcernsArticle",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 351, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PolicyAreas = table.Column<string>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Motives = table.Column<string>(type: "TEXT", nullable: true),
                    ImpactAssessment = table.Column<string>(type: "TEXT", nullable: true),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    ConsultationStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsultationEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShortConsultationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InForceFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevisionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SummaryPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SummaryPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityFlagCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalityFlags = table.Column<string>(type: "TEXT", nullable: true),
                    Links = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoredPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    IsMonitored = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoredPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Motives = table.Column<string>(type: "TEXT", nullable: true),
                    ImpactAssessment = table.Column<string>(type: "TEXT", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Paragraph = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Scores_Accessibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores_Effectiveness = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores_Legality = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores_Transparency = table.Column<int>(type: "INTEGER", nullable: false)
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
