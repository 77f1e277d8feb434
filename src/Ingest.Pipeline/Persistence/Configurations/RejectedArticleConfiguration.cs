using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class RejectedArticleConfiguration : IEntityTypeConfiguration<RejectedArticleRow>
{
    public void Configure(EntityTypeBuilder<RejectedArticleRow> builder)
    {
        builder.ToTable("rejected_articles");
        builder.HasKey(r => r.MessageId);
        builder.Property(r => r.MessageId).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(64);
        builder.Property(r => r.Stage).HasMaxLength(32);
        builder.HasIndex(r => r.ArticleId);
        builder.HasIndex(r => new { r.Reason, r.RejectedAt });
    }
}
