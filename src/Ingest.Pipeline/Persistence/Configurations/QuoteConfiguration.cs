using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<QuoteRow>
{
    public void Configure(EntityTypeBuilder<QuoteRow> builder)
    {
        builder.ToTable("quotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The speaker belongs to the same article; deleting the article's entities clears the link (the article's
        // quotes are deleted in the same transaction when annotations are replaced).
        builder.HasOne<EntityRow>().WithMany().HasForeignKey(q => q.SpeakerEntityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => q.SpeakerEntityId);
        builder.HasIndex(q => q.ArticleId);
    }
}
