using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialogues.App.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AggregateVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Revision",
                table: "Recommendations",
                newName: "Version");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ScenarioVotes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Scenarios",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ScenarioChoices",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RecommendationProgressComments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RecommendationMilestones",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RecommendationEvidence",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RecommendationCoSignatures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PublicEvents",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProposalSupports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Proposals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProblemReports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MonitoringRounds",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MonitoringReports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MonitoredPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ModerationDecisions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ModerationCases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Indicators",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Evaluations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Dialogues",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ConsultationComments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CommentVotes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Comments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Campaigns",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Acts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Problem reports now take their numbers from the counter, which continues from the last one given.
            migrationBuilder.Sql("""INSERT INTO [RegistrationCounters] ([Series], [Year], [Last]) SELECT N'СГ', 0, [Last] FROM (SELECT MAX([Number]) AS [Last] FROM [ProblemReports]) AS [Given] WHERE [Last] IS NOT NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM [RegistrationCounters] WHERE [Series] = N'СГ';""");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ScenarioVotes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ScenarioChoices");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RecommendationProgressComments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RecommendationMilestones");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RecommendationEvidence");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RecommendationCoSignatures");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PublicEvents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProposalSupports");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProblemReports");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MonitoringRounds");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MonitoringReports");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MonitoredPolicies");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ModerationDecisions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ModerationCases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Dialogues");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ConsultationComments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CommentVotes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Acts");

            migrationBuilder.RenameColumn(
                name: "Version",
                table: "Recommendations",
                newName: "Revision");
        }
    }
}
