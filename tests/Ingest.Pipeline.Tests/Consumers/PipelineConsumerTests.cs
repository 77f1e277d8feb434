using Ingest.Contracts;
using Ingest.Contracts.Stages;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Consumers;

public sealed class PipelineConsumerTests
{
    private const string ArabicBody = "قال وزير المالية المصري إن الصادرات ارتفعت بنسبة 12٪ في عام 2022. وأضاف أن الحكومة ستواصل الإصلاحات.";

    [Fact]
    public async Task Normalize_ValidArabicArticle_PublishesNormalizedWithLanguageAndSentences()
    {
        await using var provider = HarnessFactory.Create(new RecordingRejections(), new RecordingStore());
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ArticleSubmitted { ArticleId = "eg-1", Body = ArabicBody });

        Assert.True(await harness.Published.Any<ArticleNormalized>());
        var normalized = harness.Published.Select<ArticleNormalized>().Single().Context.Message;
        Assert.Equal("ar", normalized.Article.Language);
        Assert.Equal(2, normalized.Sentences.Count);
        Assert.Equal(64, normalized.Article.ContentHash.Length);
    }

    [Theory]
    [InlineData("", RejectionReasons.EmptyBody)]
    [InlineData("Les négociations reprendront \0 lundi.", RejectionReasons.NotText)]
    [InlineData("Правительство объявило о новых мерах поддержки экономики.", RejectionReasons.UnsupportedLanguage)]
    public async Task Normalize_BadArticle_PublishesRejectedAndRecordsOriginal(string body, string reason)
    {
        var rejections = new RecordingRejections();
        await using var provider = HarnessFactory.Create(rejections, new RecordingStore());
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ArticleSubmitted { ArticleId = "bad-1", Body = body });

        Assert.True(await harness.Published.Any<ArticleRejected>());
        var rejected = harness.Published.Select<ArticleRejected>().Single().Context.Message;
        Assert.Equal(reason, rejected.Reason);
        Assert.Equal("bad-1", rejected.ArticleId);
        var row = Assert.Single(rejections.Rows);
        Assert.Equal(rejected.MessageId, row.MessageId);
        Assert.NotEmpty(row.Original);
        Assert.False(await harness.Published.Any<ArticleNormalized>());
    }

    [Fact]
    public async Task Normalize_BodyOverConfiguredLimit_RejectedAsTooLarge()
    {
        var rejections = new RecordingRejections();
        await using var provider = HarnessFactory.Create(rejections, new RecordingStore(), o => o.MaxBodyBytes = 100);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ArticleSubmitted { ArticleId = "big-1", Body = ArabicBody });

        Assert.True(await harness.Published.Any<ArticleRejected>());
        Assert.Equal(RejectionReasons.BodyTooLarge, harness.Published.Select<ArticleRejected>().Single().Context.Message.Reason);
    }

    [Fact]
    public async Task Pipeline_AllStagesInMemory_StoresOnceAndPublishesProcessed()
    {
        var store = new RecordingStore();
        await using var provider = HarnessFactory.Create(new RecordingRejections(), store);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ArticleSubmitted { ArticleId = "chain-1", Body = ArabicBody, PublishedAt = new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.True(await harness.Published.Any<ArticleProcessed>());
        var processed = harness.Published.Select<ArticleProcessed>().Single().Context.Message;
        Assert.Equal("chain-1", processed.ArticleId);
        Assert.Equal("ar", processed.Language);
        var stored = Assert.Single(store.Stored);
        Assert.Equal(ArabicBody, stored.Article.Body);
        Assert.Equal(processed.FigureCount, harness.Published.Select<FigureExtracted>().Count());
        Assert.Equal(processed.EventCount, harness.Published.Select<EventExtracted>().Count());
    }
}
