using Ingest.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Ingest.IntegrationTests;

/// <summary>Faults survived under load: nothing lost, nothing doubled.</summary>
[Collection(ServersCollection.Name)]
public sealed class FaultToleranceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Worker_KilledMidLoadAndRestarted_EveryArticleStoredOnceEveryEventIdPublished()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync(), inProcessWorker: false);
        const int articles = 300;
        var worker = await WorkerProcess.StartAsync(pipeline);
        try
        {
            for (var i = 0; i < articles; i++)
            {
                await pipeline.Publisher.Publish(i % 10 == 0 ? Samples.ArabicArticle($"kill-{i}") : SyntheticArticles.Good($"kill-{i}", i));
            }

            await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count >= 40, Patience, "the load to be under way");
            await worker.KillAsync();
        }
        finally
        {
            await worker.DisposeAsync();
        }

        await using var restarted = await WorkerProcess.StartAsync(pipeline);
        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Select(p => p.ArticleId).Distinct().Count() == articles, Patience, "every article after the restart");

        await using var db = pipeline.CreateDbContext();
        Assert.Equal(articles, await db.Articles.CountAsync());
        var stored = await db.Events.Select(e => e.Id).ToListAsync();
        var published = pipeline.Events.Select(e => e.EventId).ToHashSet();
        Assert.All(stored, id => Assert.Contains(id, published));
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    [Fact]
    public async Task Broker_StoppedAndRestartedMidLoad_ClientsReconnectAndEveryArticleStoredOnce()
    {
        var servers = await TestServers.GetAsync();
        await using var pipeline = await PipelineUnderTest.StartAsync(servers);
        const int articles = 200;
        for (var i = 0; i < articles; i++)
        {
            await pipeline.Publisher.Publish(SyntheticArticles.Good($"broker-{i}", i));
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count >= 20, Patience, "the load to be under way");
        await servers.StopRabbitMqAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await servers.StartRabbitMqAsync();
        }

        // Publishing goes on after the restart through the same, reconnected bus.
        for (var i = articles; i < articles + 20; i++)
        {
            await pipeline.Publisher.Publish(SyntheticArticles.Good($"broker-{i}", i));
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Select(p => p.ArticleId).Distinct().Count() == articles + 20, Patience, "every article after the broker restart");
        await using var db = pipeline.CreateDbContext();
        Assert.Equal(articles + 20, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Database_Stopped20SecondsMidLoad_AllStoredAndNothingInErrorQueues()
    {
        var servers = await TestServers.GetAsync();
        await using var pipeline = await PipelineUnderTest.StartAsync(servers);
        const int articles = 150;
        for (var i = 0; i < articles; i++)
        {
            await pipeline.Publisher.Publish(SyntheticArticles.Good($"pg-{i}", i));
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count >= 10, Patience, "the load to be under way");
        await servers.StopPostgresAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await servers.StartPostgresAsync();
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Select(p => p.ArticleId).Distinct().Count() == articles, Patience, "every article after the outage");
        await using var db = pipeline.CreateDbContext();
        Assert.Equal(articles, await db.Articles.CountAsync());
        Assert.Equal(0u, await QueueDepthAsync(pipeline, "ingest-store_error"));
        Assert.Equal(0u, await QueueDepthAsync(pipeline, "ingest-normalize_error"));
    }

    internal static async Task<uint> QueueDepthAsync(PipelineUnderTest pipeline, string queue)
    {
        var o = pipeline.RabbitMq;
        var factory = new ConnectionFactory { HostName = o.Host, Port = o.Port, VirtualHost = o.VirtualHost, UserName = o.Username, Password = o.Password };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // never declared: nothing ever faulted there
        }
    }
}
