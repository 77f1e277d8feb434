using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Tests.Quotes;

/// <summary>What the quote tests share: entities then quotes on one text, and a quote's speaker by name.</summary>
internal static class QuoteRun
{
    public static (IReadOnlyList<Quote> Quotes, IReadOnlyList<Entity> Entities) Run(string text, string lang)
    {
        var document = AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1));
        var entities = EntityRecognizer.Recognize(document);
        return (QuoteExtractor.Extract(document, entities), entities);
    }

    public static string? Speaker(IReadOnlyList<Entity> entities, Quote quote) => entities.FirstOrDefault(e => e.Id == quote.SpeakerId)?.Name;
}
