namespace Ingest.TextAnalysis.Events;

// PLACEHOLDER(in progress): replaced by the Events work in this session.
public static class EventExtractor
{
    public static IReadOnlyList<ExtractedEvent> Extract(AnalysisDocument document, IReadOnlyList<Entities.Entity> entities, IReadOnlyList<Quotes.Quote> quotes, IReadOnlyList<Dates.DateMention> dates) => [];
}
