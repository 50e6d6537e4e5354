using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Community;

public static class CommunityServiceCollectionExtensions
{
    /// <summary>Organisations with members (groups and networks come next): a directory, profiles, membership and verification.</summary>
    public static IServiceCollection AddCommunity(this IServiceCollection services)
    {
        services.AddErrorTexts<CommunityText>("Organisations");
        services.AddScoped<OrganisationsService>();
        services.AddPersonalData<OrganisationPersonalData>();
        services.AddAttachmentHolder<OrganisationFiles>();
        services.AddScoped<IDemoSeeder, OrganisationsDemoSeeder>();
        return services;
    }
}
