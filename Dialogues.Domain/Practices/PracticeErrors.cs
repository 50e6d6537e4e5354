namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string PracticeTitleLength = "Practices.TitleLength";
    public const string PracticePlaceLength = "Practices.PlaceLength";
    public const string PracticeSectionLength = "Practices.SectionLength";
    public const string PracticeYearRange = "Practices.YearRange";
    public const string PracticeSourcesCount = "Practices.SourcesCount";
    public const string PracticeSourceNotAddress = "Practices.SourceNotAddress";
    public const string PracticeDeclineReasonLength = "Practices.DeclineReasonLength";
    public const string PracticeAlreadyPublished = "Practices.AlreadyPublished";
    public const string PracticeAlreadyWanted = "Practices.AlreadyWanted";
    public const string PracticeNotWanted = "Practices.NotWanted";
    public const string PracticeDialogueAlreadyOpened = "Practices.DialogueAlreadyOpened";
    public const string PracticeBusy = "Practices.Busy";
}
