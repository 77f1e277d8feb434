using System.Diagnostics;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Mapping;
using Ingest.Pipeline.Stages;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Quotes;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Events;

/// <summary>Stage 4: quotes with their speakers, and coded events built on the entities and dates of the earlier stages.</summary>
public sealed class ExtractEventsConsumer(PipelineMetrics metrics, ILogger<ExtractEventsConsumer> logger) : IConsumer<ArticleFiguresExtracted>
{
    public async Task Consume(ConsumeContext<ArticleFiguresExtracted> context)
    {
        var started = Stopwatch.GetTimestamp();
        var message = context.Message;
        var article = message.Article;
        var document = AnalysisDocument.Create(article.Body, article.Language, ReferenceDates.For(article));
        var entities = AnnotationMapper.FromContract(message.Entities);
        var dates = AnnotationMapper.FromContract(message.Dates);
        var quotes = QuoteExtractor.Extract(document, entities);
        var events = EventExtractor.Extract(document, entities, quotes, dates);

        await context.Publish(new ArticleAnalyzed
        {
            Article = article,
            Sentences = message.Sentences,
            Entities = message.Entities,
            Dates = message.Dates,
            Figures = message.Figures,
            Quotes = AnnotationMapper.ToContract(quotes),
            Events = AnnotationMapper.ToContract(events),
            ExtractorVersion = ExtractorVersion.Current,
        }).ConfigureAwait(false);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.StageCompleted(StageNames.Events, elapsed);
        PipelineLog.StageCompleted(logger, StageNames.Events, article.ArticleId, elapsed, article.Language, entities.Length, message.Figures.Count, dates.Length, quotes.Count, events.Count);
    }
}
