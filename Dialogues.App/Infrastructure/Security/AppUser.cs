using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Infrastructure.Security;

/// <summary>A platform account: the row sign-in and the current actor read, so it lives with them. Identity owns sign-in; the rest is the participant's profile.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;
    public const int DisplayNameMinLength = 2;

    [PersonalData]
    public string DisplayName { get; set; } = "";

    [PersonalData]
    public SettlementId? SettlementId { get; set; }

    /// <summary>For officials: the department whose items they answer.</summary>
    public DepartmentId? DepartmentId { get; set; }

    /// <summary>For officials: heads their department (routes work, extends deadlines, receives escalations).</summary>
    public bool IsDepartmentHead { get; set; }

    [PersonalData]
    public string PreferredCulture { get; set; } = "bg-BG";

    public DateTimeOffset SignedUpAt { get; set; }

    [PersonalData]
    public DateTimeOffset? TermsAcceptedAt { get; set; }

    /// <summary>Set by an administrator; a disabled account can neither sign in nor act.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Set when the person erased their account; the row stays so public records keep an (anonymous) author.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Set by a moderator when the profile (its name) broke the rules: the name is no longer shown.</summary>
    public DateTimeOffset? ProfileHiddenAt { get; set; }

    public UserId UserId => new(Id);
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> entity)
    {
        entity.Property(x => x.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        entity.Property(x => x.PreferredCulture).HasMaxLength(10);
        entity.HasOne<Settlement>().WithMany().HasForeignKey(x => x.SettlementId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(x => x.DisplayName);
        entity.Ignore(x => x.UserId);
    }
}
