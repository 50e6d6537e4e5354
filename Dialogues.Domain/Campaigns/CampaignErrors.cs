namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string CampaignTitleLength = "Campaigns.TitleLength";
    public const string CampaignDemandLength = "Campaigns.DemandLength";
    public const string CampaignOrganisationLength = "Campaigns.OrganisationLength";
    public const string CampaignGoalRange = "Campaigns.GoalRange";
    public const string CampaignCloseRange = "Campaigns.CloseRange";
    public const string CampaignClosed = "Campaigns.Closed";
    public const string CampaignAlreadySigned = "Campaigns.AlreadySigned";
    public const string CampaignNotSigned = "Campaigns.NotSigned";
    public const string CampaignBusy = "Campaigns.Busy";
    public const string CampaignAlreadySubmitted = "Campaigns.AlreadySubmitted";
    public const string CampaignGoalNotReached = "Campaigns.GoalNotReached";
}
