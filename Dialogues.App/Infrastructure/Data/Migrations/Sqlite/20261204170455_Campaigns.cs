using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Demand = table.Column<string>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    PolicyAreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettlementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Goal = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignatureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalReachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_PolicyAreas_PolicyAreaId",
                        column: x => x.PolicyAreaId,
                        principalTable: "PolicyAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignSignatures",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShowName = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignSignatures", x => new { x.CampaignId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CampaignSignatures_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_ClosesOn",
                table: "Campaigns",
                column: "ClosesOn");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_PolicyAreaId",
                table: "Campaigns",
                column: "PolicyAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_RecommendationId",
                table: "Campaigns",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SettlementId",
                table: "Campaigns",
                column: "SettlementId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_StartedAt",
                table: "Campaigns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignSignatures_CampaignId_SignedAt",
                table: "CampaignSignatures",
                columns: new[] { "CampaignId", "SignedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignSignatures_UserId",
                table: "CampaignSignatures",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignSignatures");

            migrationBuilder.DropTable(
                name: "Campaigns");
        }
    }
}
