using Ingest.Pipeline.Options;
using MassTransit;

namespace Ingest.Pipeline.Hosting;

/// <summary>Connects a MassTransit bus to RabbitMQ from <see cref="RabbitMqOptions"/>; shared by the worker and the CLI.</summary>
public static class RabbitMqHostConfiguration
{
    public static void ConfigureHost(this IRabbitMqBusFactoryConfigurator configurator, RabbitMqOptions options)
    {
        configurator.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
        {
            host.Username(options.Username);
            host.Password(options.Password);
            host.Heartbeat(options.Heartbeat);

            // Publishes wait for the broker's confirm: a message is never reported as sent before it is durable.
            host.PublisherConfirmation = true;
        });
    }
}
