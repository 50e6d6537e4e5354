using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Recommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDepartmentHead",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnswerTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineReminders",
                columns: table => new
                {
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineReminders", x => new { x.ItemKind, x.ItemId, x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettlementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceDialogueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShowSubmitterName = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreeningReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScreenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NumberSeries = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadlineStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineOriginalDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineExtendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadlineExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionReasoning = table.Column<string>(type: "TEXT", nullable: true),
                    DecisionForwardedTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DecisionBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionDepartment = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommunicatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CommunicationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OverdueSince = table.Column<long>(type: "INTEGER", nullable: true),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ImplementedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationCounters", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "RecommendationAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Department = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationAssignments_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationCoSignatures",
                columns: table => new
                {
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationCoSignatures", x => new { x.RecommendationId, x.UserId });
                    table.ForeignKey(
                        name: "FK_RecommendationCoSignatures_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationEvidence_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationMilestones_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationProgressComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationProgressComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationProgressComments_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationRatings",
                columns: table => new
                {
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationRatings", x => new { x.RecommendationId, x.UserId });
                    table.ForeignKey(
                        name: "FK_RecommendationRatings_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerTemplates_DepartmentId",
                table: "AnswerTemplates",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationAssignments_RecommendationId",
                table: "RecommendationAssignments",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationEvidence_RecommendationId",
                table: "RecommendationEvidence",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationMilestones_RecommendationId",
                table: "RecommendationMilestones",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationProgressComments_RecommendationId_CreatedAt",
                table: "RecommendationProgressComments",
                columns: new[] { "RecommendationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_DeadlineDue",
                table: "Recommendations",
                column: "DeadlineDue");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_DepartmentId",
                table: "Recommendations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_NumberSeries_NumberYear_NumberSequence",
                table: "Recommendations",
                columns: new[] { "NumberSeries", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_SearchTitle",
                table: "Recommendations",
                column: "SearchTitle");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Status",
                table: "Recommendations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_SubmittedBy",
                table: "Recommendations",
                column: "SubmittedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerTemplates");

            migrationBuilder.DropTable(
                name: "DeadlineReminders");

            migrationBuilder.DropTable(
                name: "RecommendationAssignments");

            migrationBuilder.DropTable(
                name: "RecommendationCoSignatures");

            migrationBuilder.DropTable(
                name: "RecommendationEvidence");

            migrationBuilder.DropTable(
                name: "RecommendationMilestones");

            migrationBuilder.DropTable(
                name: "RecommendationProgressComments");

            migrationBuilder.DropTable(
                name: "RecommendationRatings");

            migrationBuilder.DropTable(
                name: "RegistrationCounters");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropColumn(
                name: "IsDepartmentHead",
                table: "AspNetUsers");
        }
    }
}
