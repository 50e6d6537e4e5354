using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;

namespace Dialogues.App.Features.Accounts;

/// <summary>
/// What one feature holds about a person, for their data export (GDPR art. 15 and 20): everything tied to them, in
/// sections of readable rows, with the names of things (a dialogue's title, a village) where ids would mean nothing.
/// A feature registers one with <see cref="PersonalDataRegistration.AddPersonalData{TSource}"/>.
/// </summary>
public interface IPersonalDataSource
{
    Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken);
}

public static class PersonalDataRegistration
{
    public static IServiceCollection AddPersonalData<TSource>(this IServiceCollection services)
        where TSource : class, IPersonalDataSource =>
        services.AddScoped<IPersonalDataSource, TSource>();
}
