using Dialogues.App.Features.Recommendations;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.ReferenceData;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Features.Recommendations;

/// <summary>The people of the workflow and helpers that walk a recommendation through it with the real services.</summary>
public sealed class RecommendationsCast
{
    public required TestUser Resident { get; init; }
    public required TestUser Moderator { get; init; }
    public required TestUser Administrator { get; init; }
    public required TestUser Official { get; init; }
    public required TestUser Head { get; init; }
    public required DepartmentId Department { get; init; }

    public static async Task<RecommendationsCast> CreateAsync(AppHost host)
    {
        var reference = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReferenceCatalog>(host.Services).GetAsync();
        var department = reference.Departments[2].Id;
        var head = await host.CreateUserAsync("Началник Отдел", [Role.Official], department);
        await using (var db = host.Db())
        {
            var user = await db.Users.FindAsync(head.Id.Value);
            user!.IsDepartmentHead = true;
            await db.SaveChangesAsync();
        }
        return new RecommendationsCast
        {
            Resident = await host.CreateUserAsync("Петя Гражданска"),
            Moderator = await host.CreateUserAsync("Модератор Проверяващ", [Role.Moderator]),
            Administrator = await host.CreateUserAsync("Админ Разпределящ", [Role.Administrator]),
            Official = await host.CreateUserAsync("Служител Отговарящ", [Role.Official], department),
            Head = head,
            Department = department,
        };
    }

    public async Task<RecommendationId> SubmitAsync(AppHost host, string title = "Осветление на улицата в Скравена", Guid? submission = null)
    {
        await using var scope = host.As(Resident);
        var reference = await scope.Get<ReferenceCatalog>().GetAsync();
        return await scope.Get<RecommendationsService>().SubmitAsync(new RecommendationDraft(
            title, "Половината лампи по улицата не светят от година. Молим за ремонт.", reference.PolicyAreas[1].Id, null, null, null, ShowName: true), [], submission);
    }

    public async Task<RecommendationId> RegisteredAsync(AppHost host, string title = "Осветление на улицата в Скравена")
    {
        var id = await SubmitAsync(host, title);
        await using var scope = host.As(Moderator);
        await scope.Get<RecommendationWorkflow>().RegisterAsync(id);
        return id;
    }

    public async Task<RecommendationId> AssignedAsync(AppHost host, string title = "Осветление на улицата в Скравена")
    {
        var id = await RegisteredAsync(host, title);
        await using var scope = host.As(Administrator);
        await scope.Get<RecommendationWorkflow>().AssignAsync(id, Department, null);
        return id;
    }
}
