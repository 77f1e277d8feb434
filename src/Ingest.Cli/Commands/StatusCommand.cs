using System.CommandLine;
using Ingest.Cli.Broker;
using Ingest.Pipeline.Stages;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest status</c>: queue depths, consumers and error-queue counts per stage; processed and rejected counts.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Queue depths, consumer counts, error queues, processed and rejected counts");
        command.SetAction(async (_, cancellationToken) =>
        {
            var configuration = CliConfiguration.Build();
            await using (var broker = await QueueInspector.ConnectAsync(CliConfiguration.RabbitMq(configuration), cancellationToken).ConfigureAwait(false))
            {
                Console.WriteLine($"{"stage",-10} {"queue",-20} {"ready",8} {"consumers",10} {"errors",8}");
                foreach (var stage in StageNames.All)
                {
                    var queue = StageNames.QueueName(stage);
                    var main = await broker.InspectAsync(queue, cancellationToken).ConfigureAwait(false);
                    var errors = await broker.InspectAsync(queue + "_error", cancellationToken).ConfigureAwait(false);
                    Console.WriteLine($"{stage,-10} {queue,-20} {Show(main?.Messages),8} {Show(main?.Consumers),10} {Show(errors?.Messages),8}");
                }
            }

            await using var db = CliConfiguration.CreateDbContext(configuration);
            var articles = await db.Articles.CountAsync(cancellationToken).ConfigureAwait(false);
            var rejected = await db.RejectedArticles.CountAsync(cancellationToken).ConfigureAwait(false);
            var events = await db.Events.CountAsync(cancellationToken).ConfigureAwait(false);
            var figures = await db.Figures.CountAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine($"articles stored: {articles}   rejected: {rejected}   events: {events}   figures: {figures}");
            return 0;
        });
        return command;
    }

    private static string Show(uint? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
