using System.Diagnostics;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Mapping;
using Ingest.Pipeline.Stages;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Figures;

/// <summary>Stage 3: dates resolved against the article's date, and figures with the periods they refer to.</summary>
public sealed class ExtractFiguresConsumer(PipelineMetrics metrics, ILogger<ExtractFiguresConsumer> logger) : IConsumer<ArticleEntitiesExtracted>
{
    public async Task Consume(ConsumeContext<ArticleEntitiesExtracted> context)
    {
        var started = Stopwatch.GetTimestamp();
        var message = context.Message;
        var article = message.Article;
        var document = AnalysisDocument.Create(article.Body, article.Language, ReferenceDates.For(article));
        var dates = DateExtractor.Extract(document, AnnotationMapper.FromContract(message.Entities));
        var figures = FigureExtractor.Extract(document, dates);

        await context.Publish(new ArticleFiguresExtracted
        {
            Article = article,
            Sentences = message.Sentences,
            Entities = message.Entities,
            Dates = AnnotationMapper.ToContract(dates),
            Figures = AnnotationMapper.ToContract(figures),
        }).ConfigureAwait(false);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.StageCompleted(StageNames.Figures, elapsed);
        PipelineLog.StageCompleted(logger, StageNames.Figures, article.ArticleId, elapsed, article.Language, message.Entities.Count, figures.Count, dates.Count, 0, 0);
    }
}
