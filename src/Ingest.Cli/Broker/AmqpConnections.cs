using Ingest.Pipeline.Options;
using RabbitMQ.Client;

namespace Ingest.Cli.Broker;

/// <summary>
/// Plain AMQP connections for the commands that talk to RabbitMQ below MassTransit (status, the bench's baseline and
/// hop probe), from the same <see cref="RabbitMqOptions"/> the bus uses, named so the management UI tells them apart.
/// </summary>
internal static class AmqpConnections
{
    public static Task<IConnection> OpenAsync(RabbitMqOptions options, string clientName, CancellationToken cancellationToken) =>
        new ConnectionFactory
        {
            HostName = options.Host,
            Port = options.Port,
            VirtualHost = options.VirtualHost,
            UserName = options.Username,
            Password = options.Password,
            ClientProvidedName = clientName,
        }.CreateConnectionAsync(cancellationToken);
}
