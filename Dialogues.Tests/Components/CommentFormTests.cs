using Bunit;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Community;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Components;

/// <summary>The comment form: the stance it asks for or leaves optional, and the organisation a member may write for.</summary>
public class CommentFormTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task AMember_ChoosesToWriteForTheirOrganisation_AndMayLeaveTheStanceOut()
    {
        using var _ = CultureScope.Use("bg-BG");
        ActAs(null);
        var green = new SpeakingFor(new OrganisationId(Guid.NewGuid()), "Сдружение „Зелен Ботевград“");
        CommentDraft? sent = null;
        var cut = Bunit.Render<CommentForm>(p => p.Add(f => f.Id, "new-comment").Add(f => f.Label, "Вашият коментар").Add(f => f.SubmitText, "Публикувай")
            .Add(f => f.AskStance, true).Add(f => f.StanceOptional, true).Add(f => f.Organisations, [green])
            .Add(f => f.OnSubmit, draft => { sent = draft; return Task.FromResult(true); }));

        Assert.Equal(["Себе си", "Сдружение „Зелен Ботевград“"], cut.FindAll("#new-comment-voice option").Select(o => o.TextContent));
        Assert.Equal("Вашата позиция (по желание)", cut.Find("legend").TextContent);
        cut.Find("#new-comment-voice").Change(green.Id.Value.ToString());
        cut.Find("textarea").Input("Ще засадим дървета пред училището.");
        await cut.Find("form").SubmitAsync();

        Assert.Equal(new CommentDraft(null, "Ще засадим дървета пред училището.", green.Id), sent);
        // Accepted: the form clears itself for the next comment.
        Assert.Equal("", cut.Find("textarea").GetAttribute("value") ?? "");
    }

    [Fact]
    public void ANonMember_IsNotOfferedAVoice_AndADialoguesStanceIsNotOptional()
    {
        using var _ = CultureScope.Use("bg-BG");
        ActAs(null);

        var cut = Bunit.Render<CommentForm>(p => p.Add(f => f.Id, "new-comment").Add(f => f.Label, "Вашият коментар").Add(f => f.SubmitText, "Публикувай")
            .Add(f => f.AskStance, true).Add(f => f.OnSubmit, _ => Task.FromResult(true)));

        Assert.Empty(cut.FindAll("#new-comment-voice"));
        Assert.Equal("Вашата позиция", cut.Find("legend").TextContent);
        Assert.Equal(3, cut.FindAll("input[type=radio]").Count);
    }
}
