using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ingest.Pipeline.Persistence.Configurations;

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActorRow>
{
    public void Configure(EntityTypeBuilder<EventActorRow> builder)
    {
        builder.ToTable("event_actors");
        builder.HasKey(a => new { a.EventId, a.EntityId, a.Role });
        builder.Property(a => a.Role).HasMaxLength(16);
        builder.HasOne<EntityRow>().WithMany().HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);

        // "Every event Xi Jinping took part in": by entity.
        builder.HasIndex(a => a.EntityId);
    }
}
