namespace Ingest.TextAnalysis.Quotes;

// PLACEHOLDER(in progress): replaced by the Quotes work in this session.
public static class QuoteExtractor
{
    public static IReadOnlyList<Quote> Extract(AnalysisDocument document, IReadOnlyList<Entities.Entity> entities) => [];
}
