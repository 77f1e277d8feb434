namespace Ingest.Contracts.Annotations;

/// <summary>An entity of the article once, with every mention. <see cref="LocalId"/> ("e1") is referenced by quotes and events.</summary>
public sealed record EntityAnnotation
{
    public required string LocalId { get; init; }

    /// <summary>"person", "organization" or "location".</summary>
    public required string Type { get; init; }

    /// <summary>Canonical English name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code where one applies.</summary>
    public string? Country { get; init; }

    public required IReadOnlyList<MentionAnnotation> Mentions { get; init; }
}
