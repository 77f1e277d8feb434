using MassTransit;

namespace Ingest.Contracts;

/// <summary>
/// Public output, one per event: who did what to whom, where and when. <see cref="EventId"/> is derived from the
/// article id, the extractor version and the evidence span, so replays yield the same id and subscribers can drop
/// duplicates.
/// </summary>
[MessageUrn("ingest:event-extracted:v1")]
[EntityName("ingest.event-extracted")]
public sealed record EventExtracted
{
    public required Guid EventId { get; init; }

    public required string ArticleId { get; init; }

    public string? Url { get; init; }

    /// <summary>PLOVER category, or STATEMENT.</summary>
    public required string Type { get; init; }

    public required string Mode { get; init; }

    public string? CameoCode { get; init; }

    /// <summary>Sources first, then targets.</summary>
    public required IReadOnlyList<EventActor> Actors { get; init; }

    public string? Location { get; init; }

    public string? LocationCountry { get; init; }

    public DateOnly? Date { get; init; }

    public bool Negated { get; init; }

    public bool Future { get; init; }

    public bool Hypothetical { get; init; }

    public required string EvidenceText { get; init; }

    public required int EvidenceStart { get; init; }

    public required int EvidenceEnd { get; init; }

    public required string Language { get; init; }

    public required string ExtractorVersion { get; init; }
}
