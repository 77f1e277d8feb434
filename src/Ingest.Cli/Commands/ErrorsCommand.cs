using System.CommandLine;
using System.Text;
using Ingest.Cli.Broker;
using Ingest.Pipeline.Stages;
using RabbitMQ.Client;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest errors</c> lists what sits in the stages' <c>_error</c> queues with MassTransit's fault reason;
/// <c>ingest errors replay</c> moves the messages back to their stage queue (after a fix), one by one, each
/// acknowledged on the error queue only once the broker confirmed its copy: nothing is lost on the way.
/// </summary>
internal static class ErrorsCommand
{
    public static Command Create()
    {
        var stageOption = new Option<string?>("--stage") { Description = "Only this stage (normalize, entities, figures, events, store)" };
        var limit = new Option<int>("--limit") { Description = "At most this many messages per queue", DefaultValueFactory = _ => 20 };
        var replay = new Command("replay", "Send error-queue messages back to their stage queue") { stageOption, limit };
        replay.SetAction(async (parse, cancellationToken) =>
        {
            var total = 0;
            await using var broker = await QueueInspector.ConnectAsync(CliConfiguration.RabbitMq(CliConfiguration.Build()), cancellationToken).ConfigureAwait(false);
            foreach (var stage in Stages(parse.GetValue(stageOption)))
            {
                var moved = await ReplayAsync(broker, StageNames.QueueName(stage), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
                if (moved > 0)
                {
                    Console.WriteLine($"{stage}: replayed {moved} message(s).");
                }

                total += moved;
            }

            Console.WriteLine($"Replayed {total} message(s).");
            return 0;
        });

        var command = new Command("errors", "List messages in the error queues with their fault reason") { stageOption, limit, replay };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var broker = await QueueInspector.ConnectAsync(CliConfiguration.RabbitMq(CliConfiguration.Build()), cancellationToken).ConfigureAwait(false);
            var total = 0;
            foreach (var stage in Stages(parse.GetValue(stageOption)))
            {
                total += await ListAsync(broker, StageNames.QueueName(stage) + "_error", parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            }

            Console.WriteLine($"{total} message(s) in error queues.");
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Stages(string? only) =>
        only is null ? StageNames.All : StageNames.All.Where(s => s.Equals(only, StringComparison.OrdinalIgnoreCase));

    private static async Task<int> ListAsync(QueueInspector broker, string queue, int limit, CancellationToken cancellationToken)
    {
        if (await broker.InspectAsync(queue, cancellationToken).ConfigureAwait(false) is not { Messages: > 0 })
        {
            return 0;
        }

        // Messages are fetched without acknowledging; closing the channel puts them all back.
        await using var channel = await broker.Connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var count = 0;
        while (count < limit && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken).ConfigureAwait(false) is { } message)
        {
            count++;
            var headers = message.BasicProperties.Headers;
            Console.WriteLine($"{queue}  message {message.BasicProperties.MessageId ?? "?"}  ({message.Body.Length} bytes)");
            Console.WriteLine($"  reason:    {Header(headers, "MT-Reason") ?? "fault"}");
            Console.WriteLine($"  exception: {Header(headers, "MT-Fault-ExceptionType") ?? "-"}");
            Console.WriteLine($"  message:   {Header(headers, "MT-Fault-Message") ?? "-"}");
            Console.WriteLine($"  at:        {Header(headers, "MT-Fault-Timestamp") ?? "-"}");
        }

        return count;
    }

    private static async Task<int> ReplayAsync(QueueInspector broker, string queue, int limit, CancellationToken cancellationToken)
    {
        var errorQueue = queue + "_error";
        if (await broker.InspectAsync(errorQueue, cancellationToken).ConfigureAwait(false) is not { Messages: > 0 } state)
        {
            return 0;
        }

        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await broker.Connection.CreateChannelAsync(options, cancellationToken).ConfigureAwait(false);

        // Only what was there when we started: a message that faults again must not loop forever.
        var budget = (int)Math.Min(state.Messages, (uint)limit);
        var moved = 0;
        while (moved < budget && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken).ConfigureAwait(false) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            if (properties.Headers is not null)
            {
                properties.Headers = properties.Headers
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value);
            }

            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, message.Body, cancellationToken).ConfigureAwait(false);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken).ConfigureAwait(false);
            moved++;
        }

        return moved;
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        } : null;
}
