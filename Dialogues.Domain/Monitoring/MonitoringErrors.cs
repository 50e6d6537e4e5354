namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string PolicyTitleLength = "Monitoring.PolicyTitleLength";
    public const string PolicyDescriptionLength = "Monitoring.PolicyDescriptionLength";
    public const string PolicyObjectives = "Monitoring.PolicyObjectives";
    public const string PolicyMonitoredLimit = "Monitoring.PolicyMonitoredLimit";
    public const string IndicatorNameLength = "Monitoring.IndicatorNameLength";
    public const string IndicatorUnitLength = "Monitoring.IndicatorUnitLength";
    public const string IndicatorUnitMismatch = "Monitoring.IndicatorUnitMismatch";
    public const string IndicatorValueExists = "Monitoring.IndicatorValueExists";
    public const string IndicatorSourceRequired = "Monitoring.IndicatorSourceRequired";
    public const string RoundClosesBeforeOpening = "Monitoring.RoundClosesBeforeOpening";
    public const string RoundTitleLength = "Monitoring.RoundTitleLength";
    public const string RoundNotOpen = "Monitoring.RoundNotOpen";
    public const string EvaluationOwnPolicy = "Monitoring.EvaluationOwnPolicy";
    public const string EvaluationScoreRange = "Monitoring.EvaluationScoreRange";
    public const string EvaluationCommentLength = "Monitoring.EvaluationCommentLength";
    public const string AlreadyEvaluated = "Monitoring.AlreadyEvaluated";
    public const string ReportTitleLength = "Monitoring.ReportTitleLength";
    public const string ReportOrganisationLength = "Monitoring.ReportOrganisationLength";
    public const string ReportSummaryLength = "Monitoring.ReportSummaryLength";
}
