using System.Text;
using Ingest.Contracts;
using Ingest.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Ingest.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class MixedLoadTests
{
    private const int Total = 10_000;

    [Fact]
    public async Task Pipeline_TenThousandArticlesWithBadInputsMixedIn_EveryGoodStoredEveryBadRejectedCountsAddUp()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync(), new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "2048" });
        var expectedReasons = new Dictionary<string, int>();
        var good = 0;
        var malformed = 0;

        var o = pipeline.RabbitMq;
        var factory = new ConnectionFactory { HostName = o.Host, Port = o.Port, VirtualHost = o.VirtualHost, UserName = o.Username, Password = o.Password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var raw = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var random = new Random(20231124);

        var pending = new List<Task>();
        for (var i = 0; i < Total; i++)
        {
            var id = $"mix-{SyntheticArticles.Index(i)}";
            if (random.Next(10) != 0)
            {
                good++;
                pending.Add(pipeline.Publisher.Publish(SyntheticArticles.Good(id, i)));
            }
            else
            {
                switch (random.Next(6))
                {
                    case 0:
                        Expect(expectedReasons, RejectionReasons.EmptyBody);
                        pending.Add(pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = id, Body = string.Empty }));
                        break;
                    case 1:
                        Expect(expectedReasons, RejectionReasons.BodyTooLarge);
                        pending.Add(pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = id, Body = string.Concat(Enumerable.Repeat(SyntheticArticles.Text(i) + " ", 40)) }));
                        break;
                    case 2:
                        Expect(expectedReasons, RejectionReasons.NotText);
                        var binary = new byte[64];
                        random.NextBytes(binary);
                        pending.Add(pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = id, Body = "\0" + Encoding.Latin1.GetString(binary) }));
                        break;
                    case 3:
                        Expect(expectedReasons, RejectionReasons.UnsupportedLanguage);
                        pending.Add(pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = id, Body = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας." }));
                        break;
                    case 4:
                        Expect(expectedReasons, RejectionReasons.MissingArticleId);
                        pending.Add(pipeline.Publisher.Publish(new ArticleSubmitted { Body = SyntheticArticles.Text(i) }));
                        break;
                    default:
                        // Wrong types: the body is a number. It cannot be deserialized, so it goes to the error queue.
                        malformed++;
                        var json = $$"""{"articleId":"{{id}}","body":{{i}}}""";
                        await raw.BasicPublishAsync("ingest.article-submitted", string.Empty, false, new BasicProperties { ContentType = "application/json", Persistent = true }, Encoding.UTF8.GetBytes(json));
                        break;
                }
            }

            if (pending.Count >= 64)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
        var rejectable = expectedReasons.Values.Sum();
        Assert.Equal(Total, good + rejectable + malformed);

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count >= good && pipeline.Rejected.Count >= rejectable, TimeSpan.FromMinutes(15), $"{good} stored and {rejectable} rejected");
        await PipelineUnderTest.WaitUntilAsync(() => FaultToleranceTests.QueueDepthAsync(pipeline, "ingest-normalize_error").GetAwaiter().GetResult() == malformed, TimeSpan.FromMinutes(2), $"{malformed} malformed messages in the error queue");

        await using var db = pipeline.CreateDbContext();
        Assert.Equal(good, await db.Articles.CountAsync());
        var rows = await db.RejectedArticles.GroupBy(r => r.Reason).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.Equal(expectedReasons.OrderBy(kv => kv.Key), rows.OrderBy(kv => kv.Key));
        Assert.Equal(good, pipeline.Processed.Select(p => p.ArticleId).Distinct().Count());
        Assert.Equal(Total, good + rows.Values.Sum() + (int)await FaultToleranceTests.QueueDepthAsync(pipeline, "ingest-normalize_error"));
    }

    private static void Expect(Dictionary<string, int> reasons, string reason) =>
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
}
