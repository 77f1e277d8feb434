using System.Diagnostics;
using Ingest.Cli.Broker;
using Ingest.Pipeline.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingest.Cli.Benchmarking;

/// <summary>
/// The broker's own limit on this machine: persistent messages of an article hop's size through one durable queue,
/// published with confirms and consumed with acknowledgements, using RabbitMQ.Client alone (no MassTransit).
/// </summary>
internal static class BrokerBaseline
{
    private const string Queue = "ingest-bench-baseline";

    public static async Task<double> MeasureAsync(RabbitMqOptions options, int messages, int messageBytes, IProgress<int> progress, CancellationToken cancellationToken)
    {
        await using var publisherConnection = await AmqpConnections.OpenAsync(options, "ingest-bench-baseline", cancellationToken).ConfigureAwait(false);
        await using var consumerConnection = await AmqpConnections.OpenAsync(options, "ingest-bench-baseline", cancellationToken).ConfigureAwait(false);
        await using var publisher = await publisherConnection.CreateChannelAsync(new CreateChannelOptions(true, true, outstandingPublisherConfirmationsRateLimiter: null), cancellationToken).ConfigureAwait(false);
        await using var consumer = await consumerConnection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await publisher.QueuePurgeAsync(Queue, cancellationToken).ConfigureAwait(false);
        await consumer.BasicQosAsync(0, 100, false, cancellationToken).ConfigureAwait(false);

        var body = new byte[messageBytes];
        Random.Shared.NextBytes(body);
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, false).ConfigureAwait(false);
            var n = Interlocked.Increment(ref received);
            if (n % 500 == 0)
            {
                progress.Report(n);
            }

            if (n == messages)
            {
                done.TrySetResult();
            }
        };
        await consumer.BasicConsumeAsync(Queue, autoAck: false, handler, cancellationToken).ConfigureAwait(false);

        var started = Stopwatch.GetTimestamp();
        var properties = new BasicProperties { Persistent = true, ContentType = "application/octet-stream" };

        // A window of outstanding confirms, as MassTransit keeps: each publish awaits its own confirm.
        const int window = 64;
        for (var sent = 0; sent < messages; sent += window)
        {
            var batch = Math.Min(window, messages - sent);
            var confirms = new Task[batch];
            for (var i = 0; i < batch; i++)
            {
                confirms[i] = publisher.BasicPublishAsync(string.Empty, Queue, false, properties, body, cancellationToken).AsTask();
            }

            await Task.WhenAll(confirms).ConfigureAwait(false);
        }

        await done.Task.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await publisher.QueueDeleteAsync(Queue, cancellationToken: cancellationToken).ConfigureAwait(false);
        return messages / seconds;
    }
}
