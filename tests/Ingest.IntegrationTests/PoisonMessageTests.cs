using Ingest.Contracts;
using Ingest.IntegrationTests.Infrastructure;
using MassTransit;
using RabbitMQ.Client;

namespace Ingest.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class PoisonMessageTests
{
    private const string Marker = "POISON-7f3a";

    [Fact]
    public async Task Figures_PoisonArticle_GoesToErrorQueueOthersFlowAndReplayRecoversItAfterFix()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync(), new Dictionary<string, string?>
        {
            ["Ingest:FaultInjection:PoisonMarker"] = Marker,
            ["Ingest:FaultInjection:Stage"] = "figures",
            ["Ingest:Retry:ImmediateLimit"] = "2",
        });

        await pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = "poison-1", Body = $"The ministry said exports rose 5% in 2023. {Marker}" });
        for (var i = 0; i < 5; i++)
        {
            await pipeline.Publisher.Publish(new ArticleSubmitted { ArticleId = $"healthy-{i}", Body = "Le ministère a indiqué que les exportations ont progressé de 5 % en 2023." });
        }

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Count == 5, TimeSpan.FromSeconds(60), "the five healthy articles");
        await PipelineUnderTest.WaitUntilAsync(() => ErrorQueueDepth(pipeline, "ingest-figures_error") == 1, TimeSpan.FromSeconds(60), "the poison article in ingest-figures_error");
        Assert.DoesNotContain(pipeline.Processed, p => p.ArticleId == "poison-1");

        var (listed, listing) = await CliRunner.RunAsync(pipeline, "errors");
        Assert.Equal(0, listed);
        Assert.Contains("ingest-figures_error", listing, StringComparison.Ordinal);
        Assert.Contains("Fault injection", listing, StringComparison.Ordinal);

        // The fix: the same worker without the fault. Replay sends the message back to its stage queue.
        await pipeline.RestartWorkerAsync(new Dictionary<string, string?> { ["Ingest:FaultInjection:PoisonMarker"] = null });
        var (replayed, replayOutput) = await CliRunner.RunAsync(pipeline, "errors", "replay");
        Assert.Equal(0, replayed);
        Assert.Contains("Replayed 1 message(s).", replayOutput, StringComparison.Ordinal);

        await PipelineUnderTest.WaitUntilAsync(() => pipeline.Processed.Any(p => p.ArticleId == "poison-1"), TimeSpan.FromSeconds(60), "the replayed article stored");
        Assert.Equal(0u, ErrorQueueDepth(pipeline, "ingest-figures_error"));
    }

    private static uint ErrorQueueDepth(PipelineUnderTest pipeline, string queue)
    {
        var options = pipeline.RabbitMq;
        var factory = new ConnectionFactory { HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost, UserName = options.Username, Password = options.Password };
        using var connection = factory.CreateConnectionAsync().GetAwaiter().GetResult();
        using var channel = connection.CreateChannelAsync().GetAwaiter().GetResult();
        try
        {
            return channel.QueueDeclarePassiveAsync(queue).GetAwaiter().GetResult().MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
