using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<MentionRow>
{
    public void Configure(EntityTypeBuilder<MentionRow> builder)
    {
        builder.ToTable("mentions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => m.EntityId);
        builder.HasIndex(m => m.ArticleId);
    }
}
