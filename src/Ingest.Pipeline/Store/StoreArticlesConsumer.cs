using System.Diagnostics;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Stages;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Store;

/// <summary>
/// Stage 5: writes a batch of analyzed articles in one transaction, then publishes the public outputs
/// (<see cref="Contracts.ArticleProcessed"/>, <see cref="Contracts.EventExtracted"/>, <see cref="Contracts.FigureExtracted"/>).
/// Outputs are published for an unchanged redelivery too: the previous attempt may have committed and died before
/// publishing, and the ids are the same, so subscribers drop what they already have.
/// </summary>
public sealed class StoreArticlesConsumer(IArticleStore store, PipelineMetrics metrics, TimeProvider time, ILogger<StoreArticlesConsumer> logger)
    : IConsumer<Batch<ArticleAnalyzed>>
{
    public async Task Consume(ConsumeContext<Batch<ArticleAnalyzed>> context)
    {
        var started = Stopwatch.GetTimestamp();
        var messages = context.Message.Select(m => m.Message).ToList();
        var stored = await store.StoreAsync(messages, context.CancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        foreach (var article in stored)
        {
            await context.PublishBatch(OutputMessages.Events(article)).ConfigureAwait(false);
            await context.PublishBatch(OutputMessages.Figures(article)).ConfigureAwait(false);
            var processed = OutputMessages.Processed(article, now);
            await context.Publish(processed).ConfigureAwait(false);

            metrics.Stored(processed.Elapsed.TotalMilliseconds);
            using (logger.BeginScope(new Dictionary<string, object?> { ["ArticleId"] = processed.ArticleId, ["Stage"] = StageNames.Store }))
            {
                PipelineLog.ArticleStored(logger, processed.ArticleId, article.Changed ? "written" : "unchanged", messages.Count, processed.Elapsed.TotalMilliseconds);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.BatchWritten(messages.Count);
        metrics.StageCompleted(StageNames.Store, elapsed);
        PipelineLog.BatchStored(logger, StageNames.Store, messages.Count, elapsed);
    }
}
