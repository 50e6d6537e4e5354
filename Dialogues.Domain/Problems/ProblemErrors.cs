namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string ProblemTitleLength = "Problem.TitleLength";
    public const string ProblemDescriptionLength = "Problem.DescriptionLength";
    public const string ProblemAddressLength = "Problem.AddressLength";
    public const string ProblemLocationRequired = "Problem.LocationRequired";
    public const string ProblemOutsideMunicipality = "Problem.OutsideMunicipality";
    public const string ProblemSettlementMismatch = "Problem.SettlementMismatch";
    public const string ProblemTooManyPhotos = "Problem.TooManyPhotos";
    public const string ProblemCategoryArchived = "Problem.CategoryArchived";
    public const string ProblemOtherDepartment = "Problem.OtherDepartment";
    public const string ProblemTransitionNotAllowed = "Problem.TransitionNotAllowed";
    public const string ProblemNoteLength = "Problem.NoteLength";
    public const string ProblemCompetentBodyRequired = "Problem.CompetentBodyRequired";
    public const string ProblemNotOpen = "Problem.NotOpen";
    public const string ProblemOwnReport = "Problem.OwnReport";
    public const string ProblemAlreadyMeToo = "Problem.AlreadyMeToo";
    public const string ProblemMergeInvalid = "Problem.MergeInvalid";
    public const string ProblemNotReporter = "Problem.NotReporter";
    public const string ProblemNotFixed = "Problem.NotFixed";
    public const string ProblemCategoryRequired = "Problem.CategoryRequired";
    public const string ProblemSettlementRequired = "Problem.SettlementRequired";
}
