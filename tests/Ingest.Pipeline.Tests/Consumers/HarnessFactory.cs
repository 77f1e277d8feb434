using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Entities;
using Ingest.Pipeline.Events;
using Ingest.Pipeline.Figures;
using Ingest.Pipeline.Normalize;
using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using Ingest.Pipeline.Store;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Consumers;

/// <summary>The pipeline's consumers and definitions on MassTransit's in-memory test harness, with in-memory stores.</summary>
internal static class HarnessFactory
{
    public static ServiceProvider Create(RecordingRejections rejections, RecordingStore store, Action<IngestOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<IngestOptions>().Configure(o => configure?.Invoke(o));
        services.AddSingleton<IRejectionRecorder>(rejections);
        services.AddSingleton<IArticleStore>(store);
        services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<NormalizeArticleConsumer, NormalizeArticleConsumerDefinition>();
            x.AddConsumer<ExtractEntitiesConsumer, ExtractEntitiesConsumerDefinition>();
            x.AddConsumer<ExtractFiguresConsumer, ExtractFiguresConsumerDefinition>();
            x.AddConsumer<ExtractEventsConsumer, ExtractEventsConsumerDefinition>();
            x.AddConsumer<StoreArticlesConsumer, StoreArticlesConsumerDefinition>();
        });
        return services.BuildServiceProvider(true);
    }
}

internal sealed class RecordingRejections : IRejectionRecorder
{
    public List<(Guid MessageId, string? ArticleId, Rejection Rejection, byte[] Original)> Rows { get; } = [];

    public Task RecordAsync(Guid messageId, string? articleId, string stage, Rejection rejection, byte[] originalMessage, string? contentType, CancellationToken cancellationToken)
    {
        lock (Rows)
        {
            Rows.Add((messageId, articleId, rejection, originalMessage));
        }

        return Task.CompletedTask;
    }
}

internal sealed class RecordingStore : IArticleStore
{
    public List<ArticleAnalyzed> Stored { get; } = [];

    public Task<IReadOnlyList<StoredArticle>> StoreAsync(IReadOnlyList<ArticleAnalyzed> messages, CancellationToken cancellationToken)
    {
        lock (Stored)
        {
            Stored.AddRange(messages);
        }

        IReadOnlyList<StoredArticle> result = [.. messages.Select(m => ArticleRowBuilder.Build(m, DateTimeOffset.UtcNow))];
        return Task.FromResult(result);
    }
}
