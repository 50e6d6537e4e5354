using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnswerTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineReminders",
                columns: table => new
                {
                    ItemKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineReminders", x => new { x.ItemKind, x.ItemId, x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PolicyAreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SettlementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceDialogueId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Attachments = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ShowSubmitterName = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ScreeningReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NumberSeries = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    NumberYear = table.Column<int>(type: "int", nullable: true),
                    NumberSequence = table.Column<int>(type: "int", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeadlineStart = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineOriginalDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineExtendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeadlineExtensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionOutcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecisionReasoning = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DecisionForwardedTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    DecisionBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionDepartment = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CommunicatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CommunicationNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    OverdueSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ProgressPercent = table.Column<int>(type: "int", nullable: false),
                    ImplementedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationCounters", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "RecommendationAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Department = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Attachments = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    RecommendationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    RatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                unique: true,
                filter: "[NumberSeries] IS NOT NULL AND [NumberYear] IS NOT NULL AND [NumberSequence] IS NOT NULL");

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
