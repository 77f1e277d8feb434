using Ingest.Contracts;
using Ingest.Contracts.Stages;
using Ingest.IntegrationTests.Infrastructure;
using Ingest.Pipeline.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class PipelineEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pipeline_SampleArabicArticle_StoredAndPublishedWithEventsAndFigures()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync());

        await pipeline.Publisher.Publish(Samples.ArabicArticle("sample-1"));
        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Processed.IsEmpty, Patience, "ArticleProcessed");
        var processed = Assert.Single(pipeline.Processed);
        Assert.Equal("ar", processed.Language);
        Assert.True(processed.EventCount > 0, "the sample article has events");
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Events.Count == processed.EventCount, Patience, "every EventExtracted");

        await using var db = pipeline.CreateDbContext();
        var article = await db.Articles.SingleAsync(a => a.ExternalId == "sample-1");
        Assert.Equal("ar", article.Language);
        Assert.Contains(await db.Figures.Where(f => f.ArticleId == article.Id).ToListAsync(),
            f => f.Kind == "money" && f.Unit == "USD" && f.Value == 190_000_000_000m);
        Assert.Equal(processed.EventCount, await db.Events.CountAsync(e => e.ArticleId == article.Id));
        Assert.Equal(
            pipeline.Events.Select(e => e.EventId).Order(),
            (await db.Events.Where(e => e.ArticleId == article.Id).Select(e => e.Id).ToListAsync()).Order());
        Assert.Contains(pipeline.Events, e => e.Type == "CONSULT" && e.Actors.Count >= 2);
        Assert.Equal(processed.FigureCount, pipeline.Figures.Count(f => f.ArticleId == "sample-1"));
    }

    [Fact]
    public async Task Pipeline_SameArticlePublishedTwice_OneCopyOfEachRow()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync());
        var article = Samples.ArabicArticle("twice-1");

        await pipeline.Publisher.Publish(article);
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count == 1, Patience, "first ArticleProcessed");
        var counts = await CountRowsAsync(pipeline);
        await pipeline.Publisher.Publish(article);
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count == 2, Patience, "second ArticleProcessed");

        Assert.Equal(counts, await CountRowsAsync(pipeline));
        Assert.Equal(1, counts.Articles);
        Assert.False(pipeline.Processed.Last().Changed);

        // Both deliveries published the same event ids: subscribers can drop the duplicates.
        var ids = pipeline.Events.GroupBy(e => e.EventId).ToList();
        Assert.All(ids, g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public async Task Pipeline_CrashBetweenCommitAndAcknowledgement_RedeliveryLeavesOneCopy()
    {
        var crashes = new CrashOnce();
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync(), configureServices: services =>
        {
            services.AddSingleton(crashes);
            services.AddScoped<ArticleStore>();
            services.AddScoped<IArticleStore>(sp => new CrashingAfterCommitStore(sp.GetRequiredService<ArticleStore>(), sp.GetRequiredService<CrashOnce>()));
        });

        await pipeline.Publisher.Publish(Samples.ArabicArticle("crash-1"));
        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Processed.IsEmpty, Patience, "ArticleProcessed after the redelivery");

        Assert.Equal(1, crashes.Crashed);
        var processed = Assert.Single(pipeline.Processed);
        Assert.False(processed.Changed); // the second attempt found the committed rows
        var counts = await CountRowsAsync(pipeline);
        Assert.Equal(1, counts.Articles);
        Assert.Equal(processed.EventCount, counts.Events);
        Assert.Equal(processed.FigureCount, counts.Figures);
    }

    [Fact]
    public async Task Pipeline_ResubmittedWithChangedContent_ReplacesAnnotationsAtomically()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync());
        var first = Samples.ArabicArticle("changed-1");
        await pipeline.Publisher.Publish(first);
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count == 1, Patience, "first ArticleProcessed");

        var second = first with { Body = "ارتفعت صادرات المغرب من الفوسفات بنسبة 12٪ في عام 2022، وفقا لوزارة الاقتصاد." };
        await pipeline.Publisher.Publish(second);
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count == 2, Patience, "second ArticleProcessed");

        var latest = pipeline.Processed.Last();
        Assert.True(latest.Changed);
        await using var db = pipeline.CreateDbContext();
        var article = await db.Articles.SingleAsync(a => a.ExternalId == "changed-1");
        Assert.Equal(second.Body, article.Body);
        Assert.Equal(latest.FigureCount, await db.Figures.CountAsync());
        Assert.Equal(latest.EventCount, await db.Events.CountAsync());
        Assert.Equal(latest.EntityCount, await db.Entities.CountAsync());
    }

    internal static async Task<RowCounts> CountRowsAsync(PipelineUnderTest pipeline)
    {
        await using var db = pipeline.CreateDbContext();
        return new RowCounts(
            await db.Articles.CountAsync(),
            await db.Entities.CountAsync(),
            await db.Mentions.CountAsync(),
            await db.Figures.CountAsync(),
            await db.Dates.CountAsync(),
            await db.Quotes.CountAsync(),
            await db.Events.CountAsync(),
            await db.EventActors.CountAsync());
    }

    internal sealed record RowCounts(int Articles, int Entities, int Mentions, int Figures, int Dates, int Quotes, int Events, int EventActors);

    private sealed class CrashOnce
    {
        private int _crashed;

        public int Crashed => _crashed;

        public bool TryCrash() => Interlocked.CompareExchange(ref _crashed, 1, 0) == 0;
    }

    /// <summary>Commits, then fails as if the process died before acknowledging: the broker redelivers the batch.</summary>
    private sealed class CrashingAfterCommitStore(ArticleStore inner, CrashOnce crashes) : IArticleStore
    {
        public async Task<IReadOnlyList<StoredArticle>> StoreAsync(IReadOnlyList<ArticleAnalyzed> messages, CancellationToken cancellationToken)
        {
            var stored = await inner.StoreAsync(messages, cancellationToken);
            return crashes.TryCrash() ? throw new TimeoutException("Simulated crash between commit and acknowledgement.") : stored;
        }
    }
}
