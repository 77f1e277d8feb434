using Ingest.Contracts;
using Ingest.Pipeline.Persistence.Model;

namespace Ingest.Pipeline.Store;

/// <summary>The public messages for a stored article, built from the same rows (and so the same ids) that were written.</summary>
public static class OutputMessages
{
    public static ArticleProcessed Processed(StoredArticle stored, DateTimeOffset now) => new()
    {
        ArticleId = stored.Article.ExternalId,
        StoredId = stored.Article.Id,
        Language = stored.Article.Language,
        EntityCount = stored.Entities.Count,
        FigureCount = stored.Figures.Count,
        DateCount = stored.Dates.Count,
        QuoteCount = stored.Quotes.Count,
        EventCount = stored.Events.Count,
        ExtractorVersion = stored.Article.ExtractorVersion,
        Elapsed = now - stored.Message.Article.SubmittedAt,
        ProcessedAt = now,
        Changed = stored.Changed,
    };

    public static IEnumerable<EventExtracted> Events(StoredArticle stored)
    {
        var entities = stored.Entities.ToDictionary(e => e.Id);
        foreach (var e in stored.Events)
        {
            var location = e.LocationEntityId is { } lid && entities.TryGetValue(lid, out var l) ? l : null;
            yield return new EventExtracted
            {
                EventId = e.Id,
                ArticleId = stored.Article.ExternalId,
                Url = stored.Article.Url,
                Type = e.Type,
                Mode = e.Mode,
                CameoCode = e.CameoCode,
                Actors = [.. e.Actors.OrderBy(a => a.Ordinal).Select(a => Actor(entities[a.EntityId], a))],
                Location = location?.CanonicalName,
                LocationCountry = location?.CountryCode,
                Date = e.EventDate,
                Negated = e.Negated,
                Future = e.Future,
                Hypothetical = e.Hypothetical,
                EvidenceText = e.EvidenceText,
                EvidenceStart = e.SpanStart,
                EvidenceEnd = e.SpanEnd,
                Language = stored.Article.Language,
                ExtractorVersion = stored.Article.ExtractorVersion,
            };
        }
    }

    public static IEnumerable<FigureExtracted> Figures(StoredArticle stored) =>
        stored.Figures.Select(f => new FigureExtracted
        {
            FigureId = f.Id,
            ArticleId = stored.Article.ExternalId,
            Url = stored.Article.Url,
            Kind = f.Kind,
            Value = f.Value,
            ValueMax = f.ValueMax,
            Unit = f.Unit,
            Qualifier = f.Qualifier,
            Change = f.Change,
            Text = f.Text,
            Start = f.SpanStart,
            End = f.SpanEnd,
            Subject = f.Subject,
            PeriodStart = f.PeriodStart,
            PeriodEnd = f.PeriodEnd,
            Language = stored.Article.Language,
            ExtractorVersion = stored.Article.ExtractorVersion,
        });

    private static EventActor Actor(EntityRow entity, EventActorRow actor) => new()
    {
        EntityId = entity.Id,
        Name = entity.CanonicalName,
        Type = entity.Type,
        Country = entity.CountryCode,
        Role = actor.Role,
    };
}
