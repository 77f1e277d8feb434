using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Figures;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis;

/// <summary>
/// The whole analysis in one call, in the order the pipeline's stages run it: entities, then dates and figures,
/// then quotes and events (which need the entities and dates). The pipeline calls the same extractors stage by
/// stage; <c>ingest extract</c> and the benchmarks call this.
/// </summary>
public static class TextAnalyzer
{
    public static AnalysisResult Analyze(string body, string? language, DateOnly? reference)
    {
        var document = AnalysisDocument.Create(body, language, reference);
        var entities = EntityRecognizer.Recognize(document);
        var dates = DateExtractor.Extract(document, entities);
        var figures = FigureExtractor.Extract(document, dates);
        var quotes = QuoteExtractor.Extract(document, entities);
        var events = EventExtractor.Extract(document, entities, quotes, dates);
        return new AnalysisResult(document.Language, document.Sentences, entities, dates, figures, quotes, events);
    }
}
