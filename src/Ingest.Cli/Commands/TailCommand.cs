using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Cli.Broker;
using Ingest.Contracts;
using MassTransit;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest tail</c>: subscribes with its own temporary queue (deleted when it exits) and prints each output
/// message as it arrives: human-readable by default, one JSON object a line with <c>--json</c>.
/// </summary>
internal static class TailCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var events = new Option<bool>("--events") { Description = "EventExtracted messages" };
        var figures = new Option<bool>("--figures") { Description = "FigureExtracted messages" };
        var processed = new Option<bool>("--processed") { Description = "ArticleProcessed messages" };
        var rejected = new Option<bool>("--rejected") { Description = "ArticleRejected messages" };
        var json = new Option<bool>("--json") { Description = "One JSON object a line, for machines" };
        var count = new Option<int?>("--count") { Description = "Exit after this many messages" };
        var timeout = new Option<TimeSpan?>("--timeout") { Description = "Exit after this long (e.g. 00:01:00)" };
        var command = new Command("tail", "Print output messages as they arrive (all kinds unless one is chosen)")
        {
            events, figures, processed, rejected, json, count, timeout,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var any = parse.GetValue(events) || parse.GetValue(figures) || parse.GetValue(processed) || parse.GetValue(rejected);
            var asJson = parse.GetValue(json);
            var limit = parse.GetValue(count);
            var seen = 0;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (parse.GetValue(timeout) is { } after)
            {
                stop.CancelAfter(after);
            }

            var gate = new Lock();
            void Print<T>(T message, Func<T, string> human)
            {
                lock (gate)
                {
                    Console.WriteLine(asJson ? JsonSerializer.Serialize(new { type = typeof(T).Name, message }, Json) : human(message));
                    if (limit is { } l && ++seen >= l)
                    {
                        stop.Cancel();
                    }
                }
            }

            var bus = CliBus.Create(CliConfiguration.RabbitMq(CliConfiguration.Build()), endpoint =>
            {
                if (!any || parse.GetValue(events))
                {
                    endpoint.Handler<EventExtracted>(c => { Print(c.Message, Describe); return Task.CompletedTask; });
                }

                if (!any || parse.GetValue(figures))
                {
                    endpoint.Handler<FigureExtracted>(c => { Print(c.Message, Describe); return Task.CompletedTask; });
                }

                if (!any || parse.GetValue(processed))
                {
                    endpoint.Handler<ArticleProcessed>(c => { Print(c.Message, Describe); return Task.CompletedTask; });
                }

                if (!any || parse.GetValue(rejected))
                {
                    endpoint.Handler<ArticleRejected>(c => { Print(c.Message, Describe); return Task.CompletedTask; });
                }
            });

            await bus.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C, --count or --timeout.
            }
            finally
            {
                await bus.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    internal static string Describe(EventExtracted e) => string.Create(CultureInfo.InvariantCulture,
        $"event   {e.ArticleId}  {e.Type}/{e.Mode} (CAMEO {e.CameoCode ?? "-"}){(e.Negated ? " NEGATED" : string.Empty)}  {string.Join(" → ", e.Actors.Select(a => a.Name))}  at {e.Location ?? "-"} on {e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}  «{e.EvidenceText}»");

    internal static string Describe(FigureExtracted f) => string.Create(CultureInfo.InvariantCulture,
        $"figure  {f.ArticleId}  {f.Kind} {f.Value:0.######}{(f.ValueMax is { } max ? $"–{max:0.######}" : string.Empty)} {f.Unit} ({f.Qualifier}{(f.Change is null ? string.Empty : ", " + f.Change)})  «{f.Text}»");

    internal static string Describe(ArticleProcessed p) => string.Create(CultureInfo.InvariantCulture,
        $"stored  {p.ArticleId}  {p.Language}  {p.EntityCount} entities, {p.FigureCount} figures, {p.DateCount} dates, {p.QuoteCount} quotes, {p.EventCount} events in {p.Elapsed.TotalMilliseconds:0} ms{(p.Changed ? string.Empty : " (unchanged)")}");

    internal static string Describe(ArticleRejected r) =>
        $"reject  {r.ArticleId ?? "(no id)"}  {r.Reason}: {r.Message}";
}
