using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<EntityRow>
{
    public void Configure(EntityTypeBuilder<EntityRow> builder)
    {
        builder.ToTable("entities");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.LocalId).HasMaxLength(16);
        builder.Property(e => e.Type).HasMaxLength(16);
        builder.Property(e => e.CountryCode).HasMaxLength(2);
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Mentions).WithOne().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);

        // "Every article that mentions Xi Jinping": by canonical name and type.
        builder.HasIndex(e => new { e.CanonicalName, e.Type });
        builder.HasIndex(e => e.ArticleId);
    }
}
