using Ingest.Contracts.Annotations;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Figures;
using Ingest.TextAnalysis.Quotes;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.Pipeline.Mapping;

/// <summary>Between the library's annotations and the message contracts, both ways (later stages need earlier annotations back).</summary>
public static class AnnotationMapper
{
    public static SentenceAnnotation[] ToContract(IReadOnlyList<Sentence> sentences) =>
        [.. sentences.Select(s => new SentenceAnnotation { Start = s.Span.Start, End = s.Span.End, Paragraph = s.Paragraph })];

    public static EntityAnnotation[] ToContract(IReadOnlyList<Entity> entities) =>
        [.. entities.Select(e => new EntityAnnotation
        {
            LocalId = e.Id,
            Type = WireNames.Of(e.Type),
            Name = e.Name,
            Country = e.Country,
            Mentions = [.. e.Mentions.Select(m => new MentionAnnotation { Text = m.Text, Start = m.Span.Start, End = m.Span.End, Sentence = m.Sentence })],
        })];

    public static Entity[] FromContract(IReadOnlyList<EntityAnnotation> entities) =>
        [.. entities.Select(e => new Entity(
            e.LocalId,
            WireNames.EntityTypeOf(e.Type),
            e.Name,
            e.Country,
            [.. e.Mentions.Select(m => new Mention(m.Text, new TextSpan(m.Start, m.End), m.Sentence))]))];

    public static DateAnnotation[] ToContract(IReadOnlyList<DateMention> dates) =>
        [.. dates.Select(d => new DateAnnotation
        {
            Text = d.Text,
            Start = d.Span.Start,
            End = d.Span.End,
            Sentence = d.Sentence,
            StartDate = d.Range?.Start,
            EndDate = d.Range?.End,
            Granularity = WireNames.Of(d.Granularity),
        })];

    public static DateMention[] FromContract(IReadOnlyList<DateAnnotation> dates) =>
        [.. dates.Select(d => new DateMention(
            d.Text,
            new TextSpan(d.Start, d.End),
            d.Sentence,
            d is { StartDate: { } start, EndDate: { } end } ? new DateRange(start, end) : null,
            WireNames.GranularityOf(d.Granularity)))];

    public static FigureAnnotation[] ToContract(IReadOnlyList<Figure> figures) =>
        [.. figures.Select(f => new FigureAnnotation
        {
            Kind = WireNames.Of(f.Kind),
            Value = f.Value,
            ValueMax = f.ValueMax,
            Unit = f.Unit,
            Qualifier = WireNames.Of(f.Qualifier),
            Change = WireNames.Of(f.Change),
            Text = f.Text,
            Start = f.Span.Start,
            End = f.Span.End,
            Sentence = f.Sentence,
            Subject = f.Subject,
            PeriodStart = f.Period?.Start,
            PeriodEnd = f.Period?.End,
        })];

    public static QuoteAnnotation[] ToContract(IReadOnlyList<Quote> quotes) =>
        [.. quotes.Select(q => new QuoteAnnotation
        {
            Text = q.Text,
            Start = q.Span.Start,
            End = q.Span.End,
            Sentence = q.Sentence,
            SpeakerLocalId = q.SpeakerId,
            ReportingVerb = q.ReportingVerb,
        })];

    public static EventAnnotation[] ToContract(IReadOnlyList<ExtractedEvent> events) =>
        [.. events.Select(e => new EventAnnotation
        {
            Type = e.Type,
            Mode = e.Mode,
            Cameo = e.Cameo,
            Participants = [.. e.Participants.Select(p => new EventParticipantAnnotation { EntityLocalId = p.EntityId, Role = WireNames.Of(p.Role) })],
            LocationLocalId = e.LocationId,
            Date = e.Date,
            Negated = e.Negated,
            Future = e.Future,
            Hypothetical = e.Hypothetical,
            Trigger = e.Trigger,
            Text = e.Text,
            Start = e.Span.Start,
            End = e.Span.End,
            Sentence = e.Sentence,
        })];
}
