using MassTransit;

namespace Ingest.Contracts;

/// <summary>Public output: the article and all its annotations are stored.</summary>
[MessageUrn("ingest:article-processed:v1")]
[EntityName("ingest.article-processed")]
public sealed record ArticleProcessed
{
    /// <summary>The publisher's id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The row id in <c>articles</c> (deterministic from the publisher's id).</summary>
    public required Guid StoredId { get; init; }

    public required string Language { get; init; }

    public required int EntityCount { get; init; }

    public required int FigureCount { get; init; }

    public required int DateCount { get; init; }

    public required int QuoteCount { get; init; }

    public required int EventCount { get; init; }

    public required string ExtractorVersion { get; init; }

    /// <summary>From entering the pipeline to stored.</summary>
    public required TimeSpan Elapsed { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }

    /// <summary>False when the same content and extractor version were already stored (a redelivery or a replay).</summary>
    public required bool Changed { get; init; }
}
