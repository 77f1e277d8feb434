namespace Ingest.Contracts;

/// <summary>An entity taking part in an extracted event.</summary>
public sealed record EventActor
{
    public required Guid EntityId { get; init; }

    public required string Name { get; init; }

    /// <summary>"person", "organization" or "location".</summary>
    public required string Type { get; init; }

    public string? Country { get; init; }

    /// <summary>"source" or "target".</summary>
    public required string Role { get; init; }
}
