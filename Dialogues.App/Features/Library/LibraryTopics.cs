using Dialogues.App.Infrastructure.Live;
using Dialogues.Domain.Library;

namespace Dialogues.App.Features.Library;

public static class LibraryTopics
{
    /// <summary>The folders of one page: the library, or one dialogue, act, policy or campaign.</summary>
    public static LiveTopic Of(LibraryPlace place) => new($"library:{place.Kind}:{place.ItemId}");

    public static LiveTopic Of(LibraryFolderId folder) => new($"library-folder:{folder.Value}");
}
