using Dialogues.App.Features.Practices;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Practices;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Practices;

/// <summary>A resident who proposes, an official who reviews, and ways to propose and publish through the service.</summary>
public sealed class PracticesCast
{
    public required TestUser Resident { get; init; }
    public required TestUser Official { get; init; }
    public required ReferenceSnapshot Reference { get; init; }

    public static async Task<PracticesCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        return new PracticesCast
        {
            Resident = await host.CreateUserAsync("Жител Предлагащ"),
            Official = await host.CreateUserAsync("Служител Практики", [Role.Official], reference.Departments[1].Id),
            Reference = reference,
        };
    }

    public PracticeDraft Draft(string title) => new(title, "Исландия", "Рейкявик", 2010, Reference.PolicyAreas[1].Id, ParticipationMethod.OnlineConsultation,
        "Хората искаха да бъдат чути между изборите.", "Жителите пишат идеи и гласуват за тях онлайн.", "Стотици идеи са разгледани от градския съвет.",
        "Ясното правило за разглеждане прави участието смислено.", "Месечен отговор на най-подкрепените препоръки.", ["https://betrireykjavik.is"]);

    public async Task<PracticeId> ProposeAsync(AppHost host, string title)
    {
        await using var scope = host.As(Resident);
        return await scope.Get<PracticesService>().ProposeAsync(Draft(title));
    }

    public async Task<PracticeId> PublishedAsync(AppHost host, string title, bool withDepartment = true)
    {
        var id = await ProposeAsync(host, title);
        await using var scope = host.As(Official);
        await scope.Get<PracticesService>().PublishAsync(id, withDepartment ? Reference.Departments[1].Id : null);
        return id;
    }
}
