using System.Text;
using Ingest.Contracts;
using Ingest.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Ingest.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class BadInputTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string?, string?, string?> BadArticles => new()
    {
        { RejectionReasons.EmptyBody, "empty-1", "", null },
        { RejectionReasons.EmptyBody, "blank-1", "  \n\t ", null },
        { RejectionReasons.EmptyBody, "missing-body-1", null, null },
        { RejectionReasons.MissingArticleId, null, "قال الرئيس إن المحادثات كانت مثمرة.", null },
        { RejectionReasons.NotText, "nul-1", "The minister said \0 the talks were useful.", null },
        { RejectionReasons.NotText, "surrogate-1", "Le ministre a déclaré \uD800 que les discussions étaient utiles.", null },
        { RejectionReasons.BodyTooLarge, "large-1", string.Concat(Enumerable.Repeat("The central bank kept its key rate unchanged. ", 200)), null },
        { RejectionReasons.UnsupportedLanguage, "declared-de-1", "Die Regierung hat am Mittwoch neue Maßnahmen angekündigt.", "de" },
        { RejectionReasons.UnsupportedLanguage, "russian-1", "Правительство в среду объявило о новых мерах поддержки экономики.", null },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public async Task Normalize_BadArticle_RejectedWithReasonAndRecordedThenGoodArticleStillFlows(string reason, string? id, string? body, string? language)
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync(), new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "4096" });

        await pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = id, Body = body, Language = language });
        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Rejected.IsEmpty, Patience, "ArticleRejected");

        var rejected = Assert.Single(pipeline.Rejected);
        Assert.Equal(reason, rejected.Reason);
        Assert.Equal(id, rejected.ArticleId);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Message));
        await using (var db = pipeline.CreateDbContext())
        {
            var row = await db.RejectedArticles.SingleAsync();
            Assert.Equal(reason, row.Reason);
            Assert.Equal(rejected.MessageId, row.MessageId);
            Assert.NotEmpty(row.OriginalMessage);
        }

        await pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = "good-after-" + reason, Body = "قال وزير المالية إن العجز تراجع إلى 3٪ في عام 2023." });
        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Processed.IsEmpty, Patience, "the good article after the bad one");
    }

    [Fact]
    public async Task Normalize_MessageThatCannotBeDeserialized_GoesToErrorQueueWithFaultHeaders()
    {
        var servers = await TestServers.GetAsync();
        await using var pipeline = await PipelineUnderTest.StartAsync(servers);
        var options = pipeline.RabbitMq;
        var factory = new ConnectionFactory { HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost, UserName = options.Username, Password = options.Password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString(), Persistent = true };
        await channel.BasicPublishAsync("ingest.article-submitted", string.Empty, mandatory: false, properties, Encoding.UTF8.GetBytes("{ this is not json"));

        BasicGetResult? faulted = null;
        await PipelineUnderTest.WaitUntilAsync(() =>
        {
            faulted ??= TryGet(connection, "ingest-normalize_error");
            return faulted is not null;
        }, Patience, "the message in ingest-normalize_error");

        Assert.NotNull(faulted!.BasicProperties.Headers);
        Assert.Contains(faulted.BasicProperties.Headers!.Keys, k => k.StartsWith("MT-Fault", StringComparison.Ordinal) || k == "MT-Reason");
        Assert.Equal("{ this is not json", Encoding.UTF8.GetString(faulted.Body.Span));

        await pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = "good-after-garbage", Body = "The ministry said exports rose 5% in 2023." });
        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Processed.IsEmpty, Patience, "the good article after the garbage");
    }

    [Fact]
    public async Task Normalize_PlainJsonFromNonMassTransitPublisher_Processed()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync());
        var options = pipeline.RabbitMq;
        var factory = new ConnectionFactory { HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost, UserName = options.Username, Password = options.Password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var json = """{"articleId":"plain-json-1","language":"fr","body":"Le gouvernement a annoncé mercredi une hausse de 3 % du budget de la santé."}""";
        var properties = new BasicProperties { ContentType = "application/json", Persistent = true };
        await channel.BasicPublishAsync("ingest.article-submitted", string.Empty, mandatory: false, properties, Encoding.UTF8.GetBytes(json));

        await PipelineUnderTest.WaitUntilAsync(() => !pipeline.Processed.IsEmpty, Patience, "ArticleProcessed for a plain JSON article");
        Assert.Equal("fr", Assert.Single(pipeline.Processed).Language);
    }

    /// <summary>One message from <paramref name="queue"/>, or null while the queue is empty or not declared yet.</summary>
    private static BasicGetResult? TryGet(IConnection connection, string queue)
    {
        // A get on a queue that does not exist yet closes the channel, so each attempt has its own.
        using var channel = connection.CreateChannelAsync().GetAwaiter().GetResult();
        try
        {
            return channel.BasicGetAsync(queue, autoAck: true).GetAwaiter().GetResult();
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }
}
