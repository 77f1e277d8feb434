using System.Text.Json;
using Ingest.IntegrationTests.Infrastructure;
using Ingest.Pipeline.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingest.IntegrationTests;

/// <summary>The load tool itself, in a small bounded run against real servers and a worker.</summary>
[Collection(ServersCollection.Name)]
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_SmallRun_MeasuresEveryPhaseAndStoresEveryArticle()
    {
        await using var pipeline = await PipelineUnderTest.StartAsync(await TestServers.GetAsync());
        var output = Path.Combine(Path.GetTempPath(), $"ingest-bench-{Guid.NewGuid():N}.json");
        try
        {
            // The worker runs inside this test process, so its CPU time is this process's.
            var (exitCode, text) = await CliRunner.RunAsync(
                pipeline,
                "bench", "--count", "30", "--baseline-count", "300", "--warmup", "5", "--rate", "10", "--duration", "00:00:03", "--pattern-count", "40", "--in-flight", "8",
                "--worker-pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", output);

            Assert.True(exitCode == 0, text);
            using var result = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var root = result.RootElement;
            Assert.True(root.GetProperty("brokerMessagesPerSecond").GetDouble() > 0);
            Assert.Equal(30, root.GetProperty("burstStored").GetInt32());
            Assert.True(root.GetProperty("pipelineArticlesPerSecond").GetDouble() > 0);
            Assert.True(root.GetProperty("outputMessagesPerArticle").GetDouble() >= 1, "at least ArticleProcessed per article");
            Assert.Equal(root.GetProperty("steadyPublished").GetInt32(), root.GetProperty("steadyStored").GetInt32());
            Assert.True(root.GetProperty("steadyPublished").GetInt32() >= 25, "about 10 articles/s for 3 s");
            Assert.True(root.GetProperty("burstCpuPerArticleMs").GetProperty("worker").GetDouble() > 0);
            Assert.NotEmpty(root.GetProperty("workerRssSamplesMiB").EnumerateArray());
            Assert.Contains("pipeline burst", text, StringComparison.Ordinal);
            Assert.Equal(8, root.GetProperty("burstInFlight").GetInt32());

            // The message pattern ran through its own topology and left none of it behind.
            Assert.True(root.GetProperty("patternArticlesPerSecond").GetDouble() > 0);
            Assert.True(root.GetProperty("patternShareOfBroker").GetDouble() > 0);
            Assert.Contains("message pattern, no work", text, StringComparison.Ordinal);
            await AssertNoPatternTopologyAsync(pipeline.RabbitMq);

            // The baseline ran at the size of the hops measured in the warm-up, and the hops grow as annotations accumulate.
            Assert.Equal("measured", root.GetProperty("messageBytesSource").GetString());
            var hops = root.GetProperty("hopBytes").EnumerateObject().Select(p => p.Value.GetInt32()).ToList();
            Assert.Equal(5, hops.Count);
            Assert.True(hops[^1] > hops[0], $"store hop {hops[^1]} bytes, submitted hop {hops[0]}");
            Assert.Equal((int)hops.Average(), root.GetProperty("messageBytes").GetInt32());
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task AssertNoPatternTopologyAsync(RabbitMqOptions options)
    {
        var factory = new ConnectionFactory { HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost, UserName = options.Username, Password = options.Password };
        await using var connection = await factory.CreateConnectionAsync();
        foreach (var queue in new[] { "ingest-bench-pattern-stage0", "ingest-bench-pattern-stage4", "ingest-bench-pattern-processed" })
        {
            // A passive declare of a missing queue closes the channel with NOT_FOUND.
            await using var channel = await connection.CreateChannelAsync();
            await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueDeclarePassiveAsync(queue));
        }
    }
}
