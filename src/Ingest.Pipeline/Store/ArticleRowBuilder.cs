using System.Globalization;
using System.Text.Json;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Identity;
using Ingest.Pipeline.Persistence.Model;

namespace Ingest.Pipeline.Store;

/// <summary>
/// Turns an <see cref="ArticleAnalyzed"/> message into rows. Every id is derived from the publisher's article id,
/// the extractor version and the annotation's span (plus what tells two annotations on one span apart), so the same
/// message always produces the same rows and the same output messages.
/// </summary>
public static class ArticleRowBuilder
{
    public static StoredArticle Build(ArticleAnalyzed message, DateTimeOffset processedAt)
    {
        var a = message.Article;
        var version = message.ExtractorVersion;
        var articleId = DeterministicId.ForArticle(a.ArticleId);
        var ids = new IdFactory(a.ArticleId, version);

        var article = new ArticleRow
        {
            Id = articleId,
            ExternalId = a.ArticleId,
            Source = a.Source,
            Url = a.Url,
            Language = a.Language,
            Title = a.Title,
            Body = a.Body,
            PublishedAt = a.PublishedAt,
            ReceivedAt = a.ReceivedAt,
            ProcessedAt = processedAt,
            ContentHash = a.ContentHash,
            ExtractorVersion = version,
            SentenceCount = message.Sentences.Count,
            Metadata = a.Metadata is { Count: > 0 } metadata ? JsonSerializer.Serialize(metadata) : null,
        };

        var entityIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var entities = new List<EntityRow>(message.Entities.Count);
        foreach (var e in message.Entities)
        {
            var first = e.Mentions.Count > 0 ? DeterministicId.SpanKey(e.Mentions[0].Start, e.Mentions[0].End) : e.Name;
            var id = ids.Next("entity", $"{e.Type}|{first}");
            entityIds[e.LocalId] = id;
            entities.Add(new EntityRow
            {
                Id = id,
                ArticleId = articleId,
                LocalId = e.LocalId,
                Type = e.Type,
                CanonicalName = e.Name,
                CountryCode = e.Country,
                Mentions = [.. e.Mentions.Select(m => new MentionRow
                {
                    Id = ids.Next("mention", $"{id}|{DeterministicId.SpanKey(m.Start, m.End)}"),
                    EntityId = id,
                    ArticleId = articleId,
                    Text = m.Text,
                    SpanStart = m.Start,
                    SpanEnd = m.End,
                    SentenceIndex = m.Sentence,
                })],
            });
        }

        var dates = message.Dates.Select(d => new DateRow
        {
            Id = ids.Next("date", DeterministicId.SpanKey(d.Start, d.End)),
            ArticleId = articleId,
            Text = d.Text,
            SpanStart = d.Start,
            SpanEnd = d.End,
            SentenceIndex = d.Sentence,
            StartDate = d.StartDate,
            EndDate = d.EndDate,
            Granularity = d.Granularity,
        }).ToList();

        var figures = message.Figures.Select(f => new FigureRow
        {
            Id = ids.Next("figure", $"{DeterministicId.SpanKey(f.Start, f.End)}|{f.Kind}"),
            ArticleId = articleId,
            Kind = f.Kind,
            Value = f.Value,
            ValueMax = f.ValueMax,
            Unit = f.Unit,
            Qualifier = f.Qualifier,
            Change = f.Change,
            Text = f.Text,
            SpanStart = f.Start,
            SpanEnd = f.End,
            SentenceIndex = f.Sentence,
            Subject = f.Subject,
            PeriodStart = f.PeriodStart,
            PeriodEnd = f.PeriodEnd,
        }).ToList();

        var quotes = message.Quotes.Select(q => new QuoteRow
        {
            Id = ids.Next("quote", DeterministicId.SpanKey(q.Start, q.End)),
            ArticleId = articleId,
            Text = q.Text,
            SpanStart = q.Start,
            SpanEnd = q.End,
            SentenceIndex = q.Sentence,
            SpeakerEntityId = q.SpeakerLocalId is { } speaker && entityIds.TryGetValue(speaker, out var sid) ? sid : null,
            ReportingVerb = q.ReportingVerb,
        }).ToList();

        var events = new List<EventRow>(message.Events.Count);
        foreach (var e in message.Events)
        {
            var participants = string.Join(',', e.Participants.Select(p => p.EntityLocalId));
            var id = ids.Next("event", $"{DeterministicId.SpanKey(e.Start, e.End)}|{e.Type}|{e.Mode}|{participants}");
            var row = new EventRow
            {
                Id = id,
                ArticleId = articleId,
                Type = e.Type,
                Mode = e.Mode,
                CameoCode = e.Cameo,
                EventDate = e.Date,
                LocationEntityId = e.LocationLocalId is { } loc && entityIds.TryGetValue(loc, out var lid) ? lid : null,
                Negated = e.Negated,
                Future = e.Future,
                Hypothetical = e.Hypothetical,
                Trigger = e.Trigger,
                EvidenceText = e.Text,
                SpanStart = e.Start,
                SpanEnd = e.End,
                SentenceIndex = e.Sentence,
            };

            var ordinal = 0;
            foreach (var p in e.Participants)
            {
                // One entity plays one role once per event; the primary key (event, entity, role) says so.
                if (entityIds.TryGetValue(p.EntityLocalId, out var entityId)
                    && !row.Actors.Exists(x => x.EntityId == entityId && x.Role == p.Role))
                {
                    row.Actors.Add(new EventActorRow { EventId = id, EntityId = entityId, Role = p.Role, Ordinal = ordinal++ });
                }
            }

            events.Add(row);
        }

        return new StoredArticle(message, article, entities, dates, figures, quotes, events);
    }

    /// <summary>Derives ids and keeps them unique within the article: a repeated key gets an occurrence number.</summary>
    private sealed class IdFactory(string externalId, string version)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public Guid Next(string kind, string key)
        {
            var full = kind + "|" + key;
            var occurrence = _seen.TryGetValue(full, out var n) ? n + 1 : 0;
            _seen[full] = occurrence;
            var unique = occurrence == 0 ? key : key + "#" + occurrence.ToString(CultureInfo.InvariantCulture);
            return DeterministicId.ForAnnotation(externalId, version, kind, unique);
        }
    }
}
