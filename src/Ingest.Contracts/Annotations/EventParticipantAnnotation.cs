namespace Ingest.Contracts.Annotations;

public sealed record EventParticipantAnnotation
{
    public required string EntityLocalId { get; init; }

    /// <summary>"source" (who acts) or "target".</summary>
    public required string Role { get; init; }
}
