using Dialogues.App.Infrastructure.Data;

namespace Dialogues.App.Features.ReferenceData;

public static class ReferenceDataServiceCollectionExtensions
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceCatalog>();
        services.AddScoped<ReferenceDataAdministration>();
        services.AddScoped<IReferenceSeeder, ReferenceDataSeeder>();
        return services;
    }
}
