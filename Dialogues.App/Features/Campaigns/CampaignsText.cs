namespace Dialogues.App.Features.Campaigns;

/// <summary>Marker for CampaignsText.resx: advocacy campaigns, their petitions and signatures.</summary>
public sealed class CampaignsText;
