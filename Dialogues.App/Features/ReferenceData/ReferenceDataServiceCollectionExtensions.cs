using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.ReferenceData;

public static class ReferenceDataServiceCollectionExtensions
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddItemKindName<ReferenceDataText>(ItemKind.PolicyArea, ItemKind.Settlement);
        services.AddSingleton<ReferenceCatalog>();
        services.AddScoped<ReferenceDataAdministration>();
        services.AddScoped<IReferenceSeeder, ReferenceDataSeeder>();
        return services;
    }
}
