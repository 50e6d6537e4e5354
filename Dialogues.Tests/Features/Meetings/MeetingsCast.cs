using Dialogues.Domain.Community;
using Dialogues.App.Features.Meetings;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Meetings;

/// <summary>An official who organises events, and a helper that announces one.</summary>
public sealed class MeetingsCast
{
    public required TestUser Official { get; init; }
    public required TestUser Resident { get; init; }

    public static async Task<MeetingsCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        return new()
        {
            Official = await host.CreateUserAsync("Служител Събития", [Role.Official], reference.Departments[0].Id),
            Resident = await host.CreateUserAsync("Жител Участник"),
        };
    }

    /// <summary>An event in <paramref name="settlement"/> <paramref name="inDays"/> days from the host's clock, 17:00 to 19:00 local time.</summary>
    /// <remarks>The official announces it unless another <paramref name="organiser"/> (a resident, an NGO) is given.</remarks>
    public async Task<MeetingId> AnnounceAsync(AppHost host, string title, int? capacity = null, int inDays = 5, string settlement = "Скравена", TestUser? organiser = null, Guid? submission = null,
        OrganisationId? organisation = null)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var day = host.Calendar.Today.AddDays(inDays);
        var starts = host.Calendar.StartOf(day).AddHours(17);
        await using var scope = host.As(organiser ?? Official);
        return await scope.Get<MeetingsService>().ScheduleAsync(new MeetingDraft(title, "Обсъждаме уличното осветление и пътя до гарата.",
            reference.PolicyAreas[1].Id, reference.SettlementNamed(settlement), "Читалище „Светлина“", null, starts, starts.AddHours(2), capacity), submission, organisation);
    }

    public static async Task SignUpAsync(AppHost host, TestUser person, MeetingId id)
    {
        await using var scope = host.As(person);
        await scope.Get<MeetingsService>().SignUpAsync(id);
    }
}
