using Dialogues.Domain.Community;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

/// <summary>A participant's proposal inside a dialogue; supported by others during voting.</summary>
public sealed class Proposal : AggregateRoot, IModeratable
{
    public const int TitleMin = 5, TitleMax = 150;
    public const int BodyMin = 20, BodyMax = 5_000;

    private Proposal() => (Title, Body) = ("", "");

    public ProposalId Id { get; private set; }

    public DialogueId DialogueId { get; private set; }

    public UserId AuthorId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public AttachmentId? ImageId { get; private set; }

    /// <summary>The organisation the author proposes for, if any, and its name at the time.</summary>
    public OrganisationId? OrganisationId { get; private set; }

    public string? OrganisationName { get; private set; }

    /// <summary>Adds the picture, stored once the rest of the submission was accepted.</summary>
    public void Illustrate(AttachmentId image) => ImageId = image;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public static Proposal Submit(Dialogue dialogue, Actor author, string? title, string? body, DateTimeOffset now, SpeakingFor? organisation = null)
    {
        dialogue.EnsureProposalsOpen(now);
        var proposal = new Proposal
        {
            Id = new ProposalId(Guid.NewGuid()),
            DialogueId = dialogue.Id,
            AuthorId = author.Id,
            Title = Text.Required(title, TitleMin, TitleMax, DomainErrors.ProposalTitleLength),
            Body = Text.Required(body, BodyMin, BodyMax, DomainErrors.ProposalBodyLength),
            OrganisationId = organisation?.Id,
            OrganisationName = organisation?.Name,
            CreatedAt = now,
        };
        proposal.Raise(new ProposalSubmitted(dialogue.Id, proposal.Id, author.Id));
        return proposal;
    }

    string IModeratable.ModeratedText => $"{Title}\n{Body}";

    public void Hide(DateTimeOffset now)
    {
        HiddenAt = now;
        Raise(new ProposalChanged(DialogueId, Id));
    }

    public void Restore()
    {
        HiddenAt = null;
        Raise(new ProposalChanged(DialogueId, Id));
    }

    public void Redact(string? fragment)
    {
        var redacted = Redaction.Apply(fragment, Title, Body);
        (Title, Body) = (redacted[0], redacted[1]);
        Raise(new ProposalChanged(DialogueId, Id));
    }
}

/// <summary>One person's support for a proposal. The unique (proposal, user) key makes a double click count once.</summary>
public sealed class ProposalSupport : AggregateRoot
{
    private ProposalSupport() { }

    public ProposalId ProposalId { get; private set; }

    public UserId UserId { get; private set; }

    public DateTimeOffset SupportedAt { get; private set; }

    public static ProposalSupport Give(Dialogue dialogue, Proposal proposal, Actor supporter, DateTimeOffset now)
    {
        EnsureCanChange(dialogue, proposal, now);
        var support = new ProposalSupport { ProposalId = proposal.Id, UserId = supporter.Id, SupportedAt = now };
        support.Raise(new ProposalSupportChanged(dialogue.Id, proposal.Id, supporter.Id, Supported: true));
        return support;
    }

    /// <summary>Takes the support back; the caller removes the row.</summary>
    public void Withdraw(Dialogue dialogue, Proposal proposal, DateTimeOffset now)
    {
        EnsureCanChange(dialogue, proposal, now);
        Raise(new ProposalSupportChanged(dialogue.Id, proposal.Id, UserId, Supported: false));
    }

    private static void EnsureCanChange(Dialogue dialogue, Proposal proposal, DateTimeOffset now)
    {
        DomainException.ThrowIf(proposal.DialogueId != dialogue.Id || proposal.HiddenAt is not null, DomainErrors.ProposalWithdrawn);
        dialogue.EnsureVotingOpen(now);
    }
}
