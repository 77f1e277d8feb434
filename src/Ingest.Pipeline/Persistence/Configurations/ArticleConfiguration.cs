using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<ArticleRow>
{
    public void Configure(EntityTypeBuilder<ArticleRow> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ExternalId).HasMaxLength(512);
        builder.Property(a => a.Language).HasMaxLength(16);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.ExtractorVersion).HasMaxLength(64);
        builder.Property(a => a.Metadata).HasColumnType("jsonb");

        // Readers look articles up by the publisher's id; the store stage relies on it being unique.
        builder.HasIndex(a => a.ExternalId).IsUnique();
        builder.HasIndex(a => a.PublishedAt);
    }
}
