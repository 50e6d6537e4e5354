using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Library;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialogues.App.Features.Library;

internal sealed class LibraryPersistence : IEntityTypeConfiguration<LibraryFolder>
{
    public void Configure(EntityTypeBuilder<LibraryFolder> entity)
    {
        entity.ToTable("LibraryFolders");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.Title).HasMaxLength(LibraryFolder.TitleMax);
        entity.Property(f => f.Organisation).HasMaxLength(LibraryFolder.OrganisationMax);
        entity.Property(f => f.PlaceKind).HasConversion<string>().HasMaxLength(20);
        entity.Ignore(f => f.Place);
        // Entries keep the order people chose: a JSON array in the folder's row, with each file's versions inside.
        entity.OwnsMany(f => f.Entries, entry =>
        {
            entry.ToJson();
            entry.Property(e => e.Kind).HasConversion<string>();
            entry.Ignore(e => e.Current);
            entry.Ignore(e => e.Video);
            entry.OwnsMany(e => e.Versions, version =>
            {
                version.Property(v => v.File).HasConversion<EntityIdConverter<AttachmentId>>();
                version.Property(v => v.UploadedBy).HasConversion<EntityIdConverter<Dialogues.Domain.Participants.UserId>>();
            });
            entry.Navigation(e => e.Versions).HasField("_versions");
        });
        entity.Navigation(f => f.Entries).HasField("_entries");
        entity.PrimitiveCollection(f => f.Files).HasField("_files")
            .ElementType(element => element.HasConversion<EntityIdConverter<AttachmentId>>());
        entity.HasIndex(f => new { f.PlaceKind, f.PlaceItemId, f.Position });
    }
}

internal static class LibraryTables
{
    extension(AppDbContext db)
    {
        public DbSet<LibraryFolder> LibraryFolders => db.Set<LibraryFolder>();
    }
}
