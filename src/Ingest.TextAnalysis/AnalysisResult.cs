using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Figures;
using Ingest.TextAnalysis.Quotes;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis;

/// <summary>Everything the library extracts from one article; all spans point into the original body.</summary>
public sealed record AnalysisResult(
    string Language,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<ExtractedEvent> Events);
