using Ingest.Contracts.Annotations;
using MassTransit;

namespace Ingest.Contracts.Stages;

/// <summary>Hop 1 → 2: the article validated, its language known, its sentences split.</summary>
[MessageUrn("ingest:article-normalized:v1")]
[EntityName("ingest.article-normalized")]
public sealed record ArticleNormalized
{
    public required ArticleContent Article { get; init; }

    public required IReadOnlyList<SentenceAnnotation> Sentences { get; init; }
}
