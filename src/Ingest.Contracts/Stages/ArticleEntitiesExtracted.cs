using Ingest.Contracts.Annotations;
using MassTransit;

namespace Ingest.Contracts.Stages;

/// <summary>Hop 2 → 3: the article and its entities.</summary>
[MessageUrn("ingest:article-entities-extracted:v1")]
[EntityName("ingest.article-entities-extracted")]
public sealed record ArticleEntitiesExtracted
{
    public required ArticleContent Article { get; init; }

    public required IReadOnlyList<SentenceAnnotation> Sentences { get; init; }

    public required IReadOnlyList<EntityAnnotation> Entities { get; init; }
}
