using System.CommandLine;
using System.Globalization;
using Ingest.Pipeline.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest report</c>: what downstream readers see, read back from PostgreSQL: each article's events (with actors,
/// location and date) and figures. <c>--wait</c> waits for articles still in the pipeline.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var article = new Option<string?>("--article") { Description = "Only this article (the publisher's id)" };
        var wait = new Option<int>("--wait") { Description = "Wait up to this many seconds for at least one (or the chosen) article to be stored", DefaultValueFactory = _ => 0 };
        var limit = new Option<int>("--limit") { Description = "At most this many articles, newest first", DefaultValueFactory = _ => 10 };
        var command = new Command("report", "Print stored articles with their events and figures") { article, wait, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = CliConfiguration.CreateDbContext(CliConfiguration.Build());
            var id = parse.GetValue(article);
            var deadline = DateTime.UtcNow.AddSeconds(parse.GetValue(wait));
            var articles = db.Articles.AsNoTracking().Where(a => id == null || a.ExternalId == id);
            while (!await articles.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    Console.Error.WriteLine(id is null ? "No article is stored yet." : $"Article {id} is not stored.");
                    return 1;
                }

                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }

            foreach (var a in await articles.OrderByDescending(a => a.ProcessedAt).Take(parse.GetValue(limit)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                await PrintAsync(db, a.Id, $"{a.ExternalId} ({a.Language}, published {a.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}, extractor {a.ExtractorVersion})", cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task PrintAsync(IngestDbContext db, Guid articleId, string heading, CancellationToken cancellationToken)
    {
        var entities = await db.Entities.AsNoTracking().Where(e => e.ArticleId == articleId).ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
        var events = await db.Events.AsNoTracking().Include(e => e.Actors).Where(e => e.ArticleId == articleId).OrderBy(e => e.SpanStart).ToListAsync(cancellationToken).ConfigureAwait(false);
        var figures = await db.Figures.AsNoTracking().Where(f => f.ArticleId == articleId).OrderBy(f => f.SpanStart).ToListAsync(cancellationToken).ConfigureAwait(false);

        Console.WriteLine($"== {heading}");
        Console.WriteLine($"   {entities.Count} entities, {events.Count} events, {figures.Count} figures");
        foreach (var e in events)
        {
            var actors = string.Join(" → ", e.Actors.OrderBy(a => a.Ordinal).Select(a => entities.TryGetValue(a.EntityId, out var x) ? x.CanonicalName : "?"));
            var where = e.LocationEntityId is { } l && entities.TryGetValue(l, out var loc) ? loc.CanonicalName : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   event  {e.Type}/{e.Mode} (CAMEO {e.CameoCode ?? "-"}){(e.Negated ? " NEGATED" : string.Empty)}  {actors}  at {where} on {e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}"));
            Console.WriteLine($"          «{e.EvidenceText}»");
        }

        foreach (var f in figures)
        {
            var period = f.PeriodStart is { } ps ? string.Create(CultureInfo.InvariantCulture, $"  period {ps:yyyy-MM-dd}..{f.PeriodEnd:yyyy-MM-dd}") : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   figure {f.Kind} {f.Value:0.######}{(f.ValueMax is { } max ? $"–{max:0.######}" : string.Empty)} {f.Unit} ({f.Qualifier}{(f.Change is null ? string.Empty : ", " + f.Change)}){period}  «{f.Text}»"));
        }
    }
}
