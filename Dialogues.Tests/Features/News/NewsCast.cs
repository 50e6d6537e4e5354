using Dialogues.App.Features.Community;
using Dialogues.Domain.Community;
using Dialogues.App.Features.News;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.News;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.News;

/// <summary>An official of one department, a colleague from another, a resident who speaks for an NGO, and a way to write through the service.</summary>
public sealed class NewsCast
{
    public const string Body = "Ремонтът е част от програмата за подмяна на старите водопроводи в селата на общината. Водоноска ще има пред кметството.";

    public required TestUser Official { get; init; }
    public required TestUser OtherDepartment { get; init; }
    public required TestUser Resident { get; init; }
    public required ReferenceSnapshot Reference { get; init; }

    public static async Task<NewsCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        return new NewsCast
        {
            Official = await host.CreateUserAsync("Служител Новини", [Role.Official], reference.Departments[1].Id),
            OtherDepartment = await host.CreateUserAsync("Служител Друг Отдел", [Role.Official], reference.Departments[2].Id),
            Resident = await host.CreateUserAsync("Жител Сдружение"),
            Reference = reference,
        };
    }

    public ArticleDraft Draft(string title, string? settlement = "Скравена", int area = 1) => new(
        title, "Водата в селото ще бъде спряна за един ден заради ремонт на водопровода.", Body,
        [Reference.PolicyAreas[area].Id], settlement is null ? [] : [Reference.SettlementNamed(settlement)]);

    /// <summary>The organisation the person writes for: the first they belong to, or an informal group they start now.</summary>
    public static async Task<OrganisationId> OrganisationOfAsync(AppHost host, TestUser person)
    {
        await using var scope = host.As(person);
        var organisations = scope.Get<OrganisationsService>();
        var mine = await organisations.MineAsync();
        return mine.Count > 0 ? mine[0].Id : await organisations.RegisterAsync(new OrganisationDraft("Сдружение „Чиста Скравена“", OrganisationKind.InformalGroup, null, null, null, null, null, null, [], [], []));
    }

    public async Task<ArticleId> WriteAsync(AppHost host, string title, TestUser? author = null, ArticleVoice voice = ArticleVoice.Department,
        string? settlement = "Скравена", int area = 1, bool publish = false)
    {
        await using var scope = host.As(author ?? Official);
        var news = scope.Get<NewsService>();
        var id = await news.WriteAsync(voice, voice == ArticleVoice.Organisation ? await OrganisationOfAsync(host, author ?? Official) : null, Draft(title, settlement, area));
        if (publish)
        {
            await news.PublishNowAsync(id);
        }
        return id;
    }
}
