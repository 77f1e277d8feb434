using System.Diagnostics;
using System.Reflection;
using Ingest.Cli.Broker;
using Ingest.Contracts;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Options;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingest.Cli.Benchmarking;

/// <summary>
/// Measures the messages the pipeline really puts on the broker at each stage hop, so the baseline can run at that
/// size instead of an estimate. While the probe is open, a temporary queue bound to each hop's exchange receives a copy
/// of every hop message (the exchanges are fanout) and the probe adds up their body sizes, MassTransit envelope
/// included. The copies cost the broker extra work, so the probe only runs in an unmeasured phase (the warm-up).
/// </summary>
internal sealed class HopSizeProbe : IAsyncDisposable
{
    /// <summary>The five hops of an article, in pipeline order: the exchange each stage's input is published to.</summary>
    public static IReadOnlyList<string> HopExchanges { get; } =
    [
        ExchangeOf<ArticleSubmitted>(),
        ExchangeOf<ArticleNormalized>(),
        ExchangeOf<ArticleEntitiesExtracted>(),
        ExchangeOf<ArticleFiguresExtracted>(),
        ExchangeOf<ArticleAnalyzed>(),
    ];

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly long[] _messages = new long[HopExchanges.Count];
    private readonly long[] _bytes = new long[HopExchanges.Count];

    private HopSizeProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>
    /// Binds the taps. The exchanges must exist, which they do once the worker has started (MassTransit declares its
    /// topology on start); a missing one is reported rather than declared, since a probe must not build topology.
    /// </summary>
    public static async Task<HopSizeProbe> StartAsync(RabbitMqOptions options, CancellationToken cancellationToken)
    {
        var connection = await AmqpConnections.OpenAsync(options, "ingest-bench-hop-probe", cancellationToken).ConfigureAwait(false);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var probe = new HopSizeProbe(connection, channel);
        try
        {
            for (var hop = 0; hop < HopExchanges.Count; hop++)
            {
                await probe.TapAsync(hop, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await probe.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return probe;
    }

    /// <summary>Average body bytes per message at each hop so far (0 where none was seen), in <see cref="HopExchanges"/> order.</summary>
    public IReadOnlyList<int> AverageBytesPerHop() =>
        [.. Enumerable.Range(0, HopExchanges.Count).Select(i =>
            Interlocked.Read(ref _messages[i]) is > 0 and var n ? (int)(Interlocked.Read(ref _bytes[i]) / n) : 0)];

    /// <summary>
    /// Waits until every hop has seen <paramref name="perHop"/> messages or <paramref name="timeout"/> passes: the copies
    /// reach the probe's queues a moment after the pipeline's own, so the last ones can trail the run that sent them.
    /// </summary>
    public async Task WaitForAsync(int perHop, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Enumerable.Range(0, _messages.Length).Any(i => Interlocked.Read(ref _messages[i]) < perHop) && Stopwatch.GetElapsedTime(started) < timeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TapAsync(int hop, CancellationToken cancellationToken)
    {
        var exchange = HopExchanges[hop];
        try
        {
            await _channel.ExchangeDeclarePassiveAsync(exchange, cancellationToken).ConfigureAwait(false);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e)
        {
            throw new InvalidOperationException($"The exchange {exchange} does not exist: start the worker (all stages) before the bench.", e);
        }

        // Server-named, exclusive, auto-deleted: gone with the probe's connection whatever way the bench ends.
        var queue = await _channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        await _channel.QueueBindAsync(queue.QueueName, exchange, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            Interlocked.Increment(ref _messages[hop]);
            Interlocked.Add(ref _bytes[hop], delivery.Body.Length);
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken).ConfigureAwait(false);
    }

    private static string ExchangeOf<T>() =>
        typeof(T).GetCustomAttribute<EntityNameAttribute>()?.EntityName
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no [EntityName].");

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
