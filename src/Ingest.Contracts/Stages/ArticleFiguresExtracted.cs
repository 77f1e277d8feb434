using Ingest.Contracts.Annotations;
using MassTransit;

namespace Ingest.Contracts.Stages;

/// <summary>Hop 3 → 4: the article, its entities, dates and figures.</summary>
[MessageUrn("ingest:article-figures-extracted:v1")]
[EntityName("ingest.article-figures-extracted")]
public sealed record ArticleFiguresExtracted
{
    public required ArticleContent Article { get; init; }

    public required IReadOnlyList<SentenceAnnotation> Sentences { get; init; }

    public required IReadOnlyList<EntityAnnotation> Entities { get; init; }

    public required IReadOnlyList<DateAnnotation> Dates { get; init; }

    public required IReadOnlyList<FigureAnnotation> Figures { get; init; }
}
