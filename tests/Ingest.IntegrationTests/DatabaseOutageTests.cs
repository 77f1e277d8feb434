using Ingest.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ingest.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Store_DatabaseDownForAWhile_MessagesRetryAndAllArriveOnce()
    {
        var servers = await TestServers.GetAsync();
        await using var pipeline = await PipelineUnderTest.StartAsync(servers);
        const int articles = 12;

        await servers.StopPostgresAsync();
        try
        {
            for (var i = 0; i < articles; i++)
            {
                await pipeline.Publisher.Publish(Samples.ArabicArticle($"outage-{i}"));
            }

            // The articles pass the extraction stages and wait in the store stage's retries.
            await Task.Delay(TimeSpan.FromSeconds(8));
            Assert.Empty(pipeline.Processed);
        }
        finally
        {
            await servers.StartPostgresAsync();
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count >= articles, TimeSpan.FromSeconds(120), "every article after the outage");
        await using var db = pipeline.CreateDbContext();
        Assert.Equal(articles, await db.Articles.CountAsync());
        Assert.Equal(articles, pipeline.Processed.Select(p => p.ArticleId).Distinct().Count());
    }
}
