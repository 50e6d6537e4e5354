namespace Dialogues.App.Features.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The administrators' audit log: its reading service and the words it shows entries in.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditService>();
        services.AddScoped<AuditWording>();
        return services;
    }
}
