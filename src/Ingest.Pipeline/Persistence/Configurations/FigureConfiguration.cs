using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<FigureRow>
{
    public void Configure(EntityTypeBuilder<FigureRow> builder)
    {
        builder.ToTable("figures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasMaxLength(16);
        builder.Property(f => f.Unit).HasMaxLength(64);
        builder.Property(f => f.Qualifier).HasMaxLength(16);
        builder.Property(f => f.Change).HasMaxLength(16);

        // numeric without scale keeps every digit of 1.5 billion or 0.25 percent exactly.
        builder.Property(f => f.Value).HasColumnType("numeric");
        builder.Property(f => f.ValueMax).HasColumnType("numeric");
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // "All USD money figures", "all percentages": by unit and kind.
        builder.HasIndex(f => new { f.Unit, f.Kind });
        builder.HasIndex(f => f.ArticleId);
    }
}
