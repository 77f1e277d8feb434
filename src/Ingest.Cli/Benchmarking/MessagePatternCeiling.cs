using System.Diagnostics;
using Ingest.Cli.Broker;
using Ingest.Pipeline.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingest.Cli.Benchmarking;

/// <summary>
/// The pipeline's message pattern with no work in it: what the broker and a client that does nothing but move the
/// messages reach on this machine, the ceiling of any pipeline of this shape here.
/// </summary>
/// <remarks>
/// Built like the pipeline's topology: per hop a fanout exchange for the message type bound to a fanout exchange of
/// the stage's queue, bound to a durable queue (how MassTransit declares its endpoints), messages persistent and of
/// the size measured at each hop. Each simulated stage, on a connection of its own like the worker's, publishes the
/// next hop with a confirm before acknowledging its input, up to <c>concurrency</c> messages at once; the last one
/// publishes the article's outputs to an exchange without queues (as the pipeline's are when nobody subscribes) and
/// one message the bench counts, as the store stage publishes <c>ArticleProcessed</c>. The bench feeds it like the
/// pipeline's burst, at most <c>inFlight</c> articles at a time. Its topology is its own and deleted afterwards.
/// </remarks>
internal static class MessagePatternCeiling
{
    private const string Prefix = "ingest-bench-pattern";

    private const string ContentType = "application/json";

    /// <summary>
    /// Body size of a simulated output message. Outputs go to an exchange nobody has bound, so the broker routes them
    /// to no queue and stores nothing: their size barely matters to it.
    /// </summary>
    private const int OutputBytes = 1024;

    public static async Task<double> MeasureAsync(
        RabbitMqOptions options, IReadOnlyList<int> hopBytes, double outputsPerArticle, int articles, int inFlight, int concurrency,
        IProgress<int> progress, CancellationToken cancellationToken)
    {
        await using var clientConnection = await AmqpConnections.OpenAsync(options, Prefix + "-client", cancellationToken).ConfigureAwait(false);
        await using var stageConnection = await AmqpConnections.OpenAsync(options, Prefix + "-stages", cancellationToken).ConfigureAwait(false);
        await using var admin = await clientConnection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var hops = hopBytes.Count;
        try
        {
            await DeclareAsync(admin, hops, cancellationToken).ConfigureAwait(false);
            var properties = new BasicProperties { Persistent = true, ContentType = ContentType };
            var bodies = hopBytes.Select(size => new ReadOnlyMemory<byte>(new byte[size])).ToArray();
            var output = new ReadOnlyMemory<byte>(new byte[OutputBytes]);

            var processed = 0;
            var window = inFlight > 0 ? new SemaphoreSlim(inFlight, inFlight) : null;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var channels = new List<IChannel>();
            try
            {
                for (var hop = 0; hop < hops; hop++)
                {
                    var channel = await stageConnection.CreateChannelAsync(new CreateChannelOptions(true, true, consumerDispatchConcurrency: (ushort)concurrency), cancellationToken).ConfigureAwait(false);
                    channels.Add(channel);
                    await channel.BasicQosAsync(0, (ushort)concurrency, false, cancellationToken).ConfigureAwait(false);
                    var stage = hop;
                    var consumer = new AsyncEventingBasicConsumer(channel);
                    consumer.ReceivedAsync += async (_, delivery) =>
                    {
                        // The message id carries the article's index from hop to hop.
                        var id = delivery.BasicProperties.MessageId;
                        if (stage + 1 < hops)
                        {
                            var next = new BasicProperties { Persistent = true, ContentType = ContentType, MessageId = id };
                            await channel.BasicPublishAsync(HopExchange(stage + 1), string.Empty, false, next, bodies[stage + 1], CancellationToken.None).ConfigureAwait(false);
                        }
                        else
                        {
                            // Article n sends the outputs that bring the running total to round(n × outputsPerArticle),
                            // so a fractional average such as 9.8 is met over the run.
                            var n = ParseIndex(id);
                            var count = (int)Math.Round((n + 1) * outputsPerArticle) - (int)Math.Round(n * outputsPerArticle);
                            var confirms = new Task[count + 1];
                            for (var i = 0; i < count; i++)
                            {
                                confirms[i] = channel.BasicPublishAsync(Prefix + ".outputs", string.Empty, false, properties, output, CancellationToken.None).AsTask();
                            }

                            confirms[count] = channel.BasicPublishAsync(Prefix + ".processed", string.Empty, false, properties, output, CancellationToken.None).AsTask();
                            await Task.WhenAll(confirms).ConfigureAwait(false);
                        }

                        await channel.BasicAckAsync(delivery.DeliveryTag, false, CancellationToken.None).ConfigureAwait(false);
                    };
                    await channel.BasicConsumeAsync(QueueOf(hop), autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
                }

                var counter = new AsyncEventingBasicConsumer(admin);
                counter.ReceivedAsync += async (_, delivery) =>
                {
                    await admin.BasicAckAsync(delivery.DeliveryTag, false, CancellationToken.None).ConfigureAwait(false);
                    window?.Release();
                    var n = Interlocked.Increment(ref processed);
                    if (n % 100 == 0)
                    {
                        progress.Report(n);
                    }

                    if (n == articles)
                    {
                        done.TrySetResult();
                    }
                };
                await admin.BasicConsumeAsync(Prefix + "-processed", autoAck: false, counter, cancellationToken).ConfigureAwait(false);

                await using var publisher = await clientConnection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken).ConfigureAwait(false);
                var started = Stopwatch.GetTimestamp();
                await WindowedPublisher.RunAsync(articles, window, n =>
                {
                    var first = new BasicProperties { Persistent = true, ContentType = ContentType, MessageId = n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    return publisher.BasicPublishAsync(HopExchange(0), string.Empty, false, first, bodies[0], cancellationToken).AsTask();
                }, null, cancellationToken).ConfigureAwait(false);

                await done.Task.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
                return articles / Stopwatch.GetElapsedTime(started).TotalSeconds;
            }
            finally
            {
                foreach (var channel in channels)
                {
                    await channel.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await DeleteAsync(admin, hops).ConfigureAwait(false);
        }
    }

    /// <summary>The message id of a simulated hop carries the article's index, which every stage passes on.</summary>
    private static int ParseIndex(string? messageId) =>
        int.TryParse(messageId, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string HopExchange(int hop) => $"{Prefix}.hop{hop}";

    private static string QueueOf(int hop) => $"{Prefix}-stage{hop}";

    private static async Task DeclareAsync(IChannel admin, int hops, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop < hops; hop++)
        {
            await admin.ExchangeDeclareAsync(HopExchange(hop), ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            await admin.ExchangeDeclareAsync(QueueOf(hop), ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            await admin.QueueDeclareAsync(QueueOf(hop), durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            await admin.QueuePurgeAsync(QueueOf(hop), cancellationToken).ConfigureAwait(false);
            await admin.ExchangeBindAsync(QueueOf(hop), HopExchange(hop), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
            await admin.QueueBindAsync(QueueOf(hop), QueueOf(hop), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await admin.ExchangeDeclareAsync(Prefix + ".outputs", ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        await admin.ExchangeDeclareAsync(Prefix + ".processed", ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        await admin.QueueDeclareAsync(Prefix + "-processed", durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await admin.QueuePurgeAsync(Prefix + "-processed", cancellationToken).ConfigureAwait(false);
        await admin.QueueBindAsync(Prefix + "-processed", Prefix + ".processed", string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(IChannel admin, int hops)
    {
        if (admin.IsClosed)
        {
            return;
        }

        for (var hop = 0; hop < hops; hop++)
        {
            await admin.QueueDeleteAsync(QueueOf(hop)).ConfigureAwait(false);
            await admin.ExchangeDeleteAsync(QueueOf(hop)).ConfigureAwait(false);
            await admin.ExchangeDeleteAsync(HopExchange(hop)).ConfigureAwait(false);
        }

        await admin.QueueDeleteAsync(Prefix + "-processed").ConfigureAwait(false);
        await admin.ExchangeDeleteAsync(Prefix + ".processed").ConfigureAwait(false);
        await admin.ExchangeDeleteAsync(Prefix + ".outputs").ConfigureAwait(false);
    }
}
