using Ingest.Pipeline.Hosting;
using Ingest.Pipeline.Options;
using MassTransit;

namespace Ingest.Cli.Broker;

/// <summary>A MassTransit bus for the CLI: publishes, and optionally a temporary receive endpoint (auto-deleted when the CLI exits).</summary>
internal static class CliBus
{
    public static IBusControl Create(RabbitMqOptions options, Action<IReceiveEndpointConfigurator>? temporaryEndpoint = null) =>
        Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.ConfigureHost(options);
            if (temporaryEndpoint is not null)
            {
                cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), DefaultEndpointNameFormatter.Instance, temporaryEndpoint);
            }
        });
}
