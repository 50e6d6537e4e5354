using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Library;

namespace Dialogues.App.Features.Library;

public static class LibraryServiceCollectionExtensions
{
    /// <summary>The documents library: ordered folders of files (with versions) and videos, on their own page and on others'.</summary>
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddErrorTexts<LibraryText>("Library");
        services.AddScoped<LibraryService>();
        services.AddAttachmentHolder<LibraryFiles>();
        services.AddLiveTopics<LibraryFolderChanged>(e => [LibraryTopics.Of(e.Place), LibraryTopics.Of(e.FolderId)]);
        services.AddScoped<IDemoSeeder, LibraryDemoSeeder>();
        return services;
    }
}
