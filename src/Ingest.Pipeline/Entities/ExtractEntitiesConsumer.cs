using System.Diagnostics;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Mapping;
using Ingest.Pipeline.Stages;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Entities;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Entities;

/// <summary>Stage 2: persons, organizations and locations, each once with every mention.</summary>
public sealed class ExtractEntitiesConsumer(PipelineMetrics metrics, ILogger<ExtractEntitiesConsumer> logger) : IConsumer<ArticleNormalized>
{
    public async Task Consume(ConsumeContext<ArticleNormalized> context)
    {
        var started = Stopwatch.GetTimestamp();
        var article = context.Message.Article;
        var document = AnalysisDocument.Create(article.Body, article.Language, ReferenceDates.For(article));
        var entities = EntityRecognizer.Recognize(document);

        await context.Publish(new ArticleEntitiesExtracted
        {
            Article = article,
            Sentences = context.Message.Sentences,
            Entities = AnnotationMapper.ToContract(entities),
        }).ConfigureAwait(false);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.StageCompleted(StageNames.Entities, elapsed);
        PipelineLog.StageCompleted(logger, StageNames.Entities, article.ArticleId, elapsed, article.Language, entities.Count, 0, 0, 0, 0);
    }
}
