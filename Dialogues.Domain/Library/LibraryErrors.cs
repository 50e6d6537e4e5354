namespace Dialogues.Domain.Shared;

public static partial class DomainErrors
{
    public const string LibraryTitleLength = "Library.TitleLength";
    public const string LibraryDescriptionLength = "Library.DescriptionLength";
    public const string LibraryOrganisationLength = "Library.OrganisationLength";
    public const string LibraryFolderFull = "Library.FolderFull";
    public const string LibraryTooManyVersions = "Library.TooManyVersions";
    public const string LibraryNotAFile = "Library.NotAFile";
    public const string LibraryFolderNotEmpty = "Library.FolderNotEmpty";
}
