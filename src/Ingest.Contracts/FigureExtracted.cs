using MassTransit;

namespace Ingest.Contracts;

/// <summary>Public output, one per figure; <see cref="FigureId"/> is deterministic like <see cref="EventExtracted.EventId"/>.</summary>
[MessageUrn("ingest:figure-extracted:v1")]
[EntityName("ingest.figure-extracted")]
public sealed record FigureExtracted
{
    public required Guid FigureId { get; init; }

    public required string ArticleId { get; init; }

    public string? Url { get; init; }

    /// <summary>"money", "percent", "quantity" or "count".</summary>
    public required string Kind { get; init; }

    public required decimal Value { get; init; }

    public decimal? ValueMax { get; init; }

    public required string Unit { get; init; }

    public required string Qualifier { get; init; }

    public string? Change { get; init; }

    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public string? Subject { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public required string Language { get; init; }

    public required string ExtractorVersion { get; init; }
}
