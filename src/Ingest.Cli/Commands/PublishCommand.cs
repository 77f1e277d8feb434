using System.CommandLine;
using System.Diagnostics;
using Ingest.Cli.Broker;
using Ingest.Cli.Publishing;
using Ingest.Contracts;
using MassTransit;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest publish PATH…</c>: puts articles on the bus, as a publisher would.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = ".txt, .json or .jsonl files or folders; '-' or nothing reads JSON Lines from standard input" };
        var prefix = new Option<string?>("--id-prefix") { Description = "Prefix every article id (publish the same files again as new articles)" };
        var command = new Command("publish", "Publish articles to the pipeline (ArticleSubmitted)") { paths, prefix };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["-"];
            var idPrefix = parse.GetValue(prefix);
            var articles = ArticleFileReader.Expand(inputs).SelectMany(ArticleFileReader.Read)
                .Select(a => idPrefix is null ? a : a with { ArticleId = idPrefix + a.ArticleId })
                .ToList();

            var bus = CliBus.Create(CliConfiguration.RabbitMq(CliConfiguration.Build()));
            await bus.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var progress = new ProgressBar(articles.Count, Console.Error);
                var started = Stopwatch.GetTimestamp();
                var published = 0;
                foreach (var chunk in articles.Chunk(64))
                {
                    await Task.WhenAll(chunk.Select(a => bus.Publish(a, cancellationToken))).ConfigureAwait(false);
                    published += chunk.Length;
                    progress.Report(published);
                }

                progress.Done();
                Console.WriteLine($"Published {published} article(s) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
            }
            finally
            {
                await bus.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
