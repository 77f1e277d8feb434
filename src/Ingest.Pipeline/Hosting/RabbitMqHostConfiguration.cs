using System.Text.Encodings.Web;
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

        // The default JSON encoder writes every non-ASCII character as a \uXXXX escape: six bytes for each Arabic
        // letter instead of two, which made an Arabic article's hop messages three times their size and the broker
        // and the serializer pay for it at every hop. Messages are not embedded in HTML, so the relaxed encoder, which
        // still escapes what JSON requires, is safe here.
        // MassTransit also indents its JSON by default: the line breaks and indentation around every annotation object
        // made the later hops half as large again (the seed article's store hop: 39.6 KB indented, 26.3 KB compact),
        // bytes the broker persists and every stage parses. Nobody reads hop messages by eye except through tools
        // that format them anyway.
        configurator.ConfigureJsonSerializerOptions(json =>
        {
            json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.WriteIndented = false;
            return json;
        });
    }
}
