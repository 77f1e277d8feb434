namespace Ingest.TextAnalysis.Dates;

// PLACEHOLDER(in progress): replaced by the Dates work in this session.
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(AnalysisDocument document) => [];
}
