namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string OrganisationNameLength = "Organisations.NameLength";
    public const string OrganisationEikRequired = "Organisations.EikRequired";
    public const string OrganisationEikInvalid = "Organisations.EikInvalid";
    public const string OrganisationEikTaken = "Organisations.EikTaken";
    public const string OrganisationInformalHasNoEik = "Organisations.InformalHasNoEik";
    public const string OrganisationEmailInvalid = "Organisations.EmailInvalid";
    public const string OrganisationLinkInvalid = "Organisations.LinkInvalid";
    public const string OrganisationContactLength = "Organisations.ContactLength";
    public const string OrganisationDescriptionLength = "Organisations.DescriptionLength";
    public const string OrganisationAlreadyVerified = "Organisations.AlreadyVerified";
    public const string OrganisationAlreadyMember = "Organisations.AlreadyMember";
    public const string OrganisationNotMember = "Organisations.NotMember";
    public const string OrganisationInvitationInvalid = "Organisations.InvitationInvalid";
    public const string OrganisationJoinPending = "Organisations.JoinPending";
    public const string OrganisationLastOwner = "Organisations.LastOwner";
    public const string OrganisationNotChosen = "Organisations.NotChosen";
    public const string OrganisationNotYours = "Organisations.NotYours";
}
