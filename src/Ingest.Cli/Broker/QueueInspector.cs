using Ingest.Pipeline.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingest.Cli.Broker;

/// <summary>Reads queue depths and consumer counts straight from AMQP (passive declares): no management plugin needed.</summary>
internal sealed class QueueInspector : IAsyncDisposable
{
    private readonly IConnection _connection;

    private QueueInspector(IConnection connection) => _connection = connection;

    public static async Task<QueueInspector> ConnectAsync(RabbitMqOptions options, CancellationToken cancellationToken) =>
        new(await AmqpConnections.OpenAsync(options, "ingest-cli", cancellationToken).ConfigureAwait(false));

    public IConnection Connection => _connection;

    /// <summary>Messages ready and consumers of <paramref name="queue"/>, or null when the queue does not exist yet.</summary>
    public async Task<(uint Messages, uint Consumers)?> InspectAsync(string queue, CancellationToken cancellationToken)
    {
        // A failed passive declare closes the channel, so each queue gets its own.
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
            return (ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);
}
