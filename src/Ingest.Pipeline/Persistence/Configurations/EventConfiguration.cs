using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventRow>
{
    public void Configure(EntityTypeBuilder<EventRow> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(32);
        builder.Property(e => e.Mode).HasMaxLength(64);
        builder.Property(e => e.CameoCode).HasMaxLength(8);
        builder.HasOne<ArticleRow>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EntityRow>().WithMany().HasForeignKey(e => e.LocationEntityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Actors).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);

        // "All CONSULT events last week": by type and date.
        builder.HasIndex(e => new { e.Type, e.EventDate });
        builder.HasIndex(e => e.ArticleId);
    }
}
