namespace Ingest.TextAnalysis.Figures;

// PLACEHOLDER(in progress): replaced by the Figures work in this session.
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(AnalysisDocument document, IReadOnlyList<Dates.DateMention> dates) => [];
}
