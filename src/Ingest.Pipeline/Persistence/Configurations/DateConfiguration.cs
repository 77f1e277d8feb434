using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class DateConfiguration : IEntityTypeConfiguration<DateRow>
{
    public void Configure(EntityTypeBuilder<DateRow> builder)
    {
        builder.ToTable("dates");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Granularity).HasMaxLength(16);
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.StartDate, d.EndDate });
        builder.HasIndex(d => d.ArticleId);
    }
}
