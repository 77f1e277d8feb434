using Ingest.Contracts.Annotations;
using MassTransit;

namespace Ingest.Contracts.Stages;

/// <summary>Hop 4 → store: every annotation of the article, ready to be written in one transaction.</summary>
[MessageUrn("ingest:article-analyzed:v1")]
[EntityName("ingest.article-analyzed")]
public sealed record ArticleAnalyzed
{
    public required ArticleContent Article { get; init; }

    public required IReadOnlyList<SentenceAnnotation> Sentences { get; init; }

    public required IReadOnlyList<EntityAnnotation> Entities { get; init; }

    public required IReadOnlyList<DateAnnotation> Dates { get; init; }

    public required IReadOnlyList<FigureAnnotation> Figures { get; init; }

    public required IReadOnlyList<QuoteAnnotation> Quotes { get; init; }

    public required IReadOnlyList<EventAnnotation> Events { get; init; }

    /// <summary>The extractor version that produced the annotations.</summary>
    public required string ExtractorVersion { get; init; }
}
