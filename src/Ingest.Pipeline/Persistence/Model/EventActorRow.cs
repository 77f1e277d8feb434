namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>event_actors</c>: an entity's part in an event.</summary>
public sealed class EventActorRow
{
    public Guid EventId { get; set; }

    public Guid EntityId { get; set; }

    /// <summary>"source" or "target".</summary>
    public required string Role { get; set; }

    /// <summary>Position in the event's actor list: sources first.</summary>
    public int Ordinal { get; set; }
}
