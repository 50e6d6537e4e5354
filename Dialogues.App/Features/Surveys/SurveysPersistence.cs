using System.Text.Json;
using System.Text.Json.Serialization;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dialogues.App.Features.Surveys;

internal sealed class SurveysPersistence : IEntityTypeConfiguration<Survey>, IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<Survey> entity)
    {
        entity.ToTable("Surveys");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.Title).HasMaxLength(Survey.TitleMax);
        entity.Property(s => s.Description).HasMaxLength(Survey.DescriptionMax);
        // A survey's sections and questions are read and written whole, never queried: one JSON document.
        entity.Property(s => s.Sections).HasConversion(new JsonDocumentConverter<IReadOnlyList<SurveySection>>(), JsonDocumentConverter<IReadOnlyList<SurveySection>>.Comparer);
        entity.Ignore(s => s.Questions);
        entity.Ignore(s => s.Audience);
        entity.HasOne<Settlement>().WithMany().HasForeignKey(s => s.AudienceSettlement).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(s => new { s.PublishedAt, s.ClosesAt });
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> entity)
    {
        entity.ToTable("SurveyResponses");
        entity.HasKey(r => r.Id);
        entity.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(r => r.Answers).HasConversion(new JsonDocumentConverter<IReadOnlyList<Answer>>(), JsonDocumentConverter<IReadOnlyList<Answer>>.Comparer);
        // The breakdowns group by these, so they are columns.
        entity.OwnsOne(r => r.Profile, profile =>
        {
            profile.Property(p => p.Settlement).HasColumnName("Settlement");
            profile.Property(p => p.Age).HasColumnName("AgeBand").HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.Sector).HasColumnName("Sector").HasConversion<string>().HasMaxLength(20);
        });
        entity.Navigation(r => r.Profile).IsRequired();
        // One response per account; paper responses have no account.
        entity.HasIndex(r => new { r.SurveyId, r.RespondentId }).IsUnique();
        entity.HasIndex(r => r.RespondentId);
    }
}

/// <summary>Stores a value as JSON text, with enums by name so reordering them never changes stored answers.</summary>
internal sealed class JsonDocumentConverter<T>() : ValueConverter<T, string>(value => Write(value), json => Read(json))
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly ValueComparer<T> Comparer = new((a, b) => Write(a!) == Write(b!), v => Write(v).GetHashCode(), v => Read(Write(v)));

    private static string Write(T value) => JsonSerializer.Serialize(value, Options);

    private static T Read(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

internal static class SurveyTables
{
    extension(AppDbContext db)
    {
        public DbSet<Survey> Surveys => db.Set<Survey>();

        public DbSet<SurveyResponse> SurveyResponses => db.Set<SurveyResponse>();
    }
}
