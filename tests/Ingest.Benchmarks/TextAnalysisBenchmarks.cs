using BenchmarkDotNet.Attributes;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Figures;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.Benchmarks;

/// <summary>
/// The text analysis on one article, whole and stage by stage, in each language. <c>Analyze</c> is what one article
/// costs the library end to end (the pipeline's stages each also rebuild the document, which
/// <c>PrepareDocument</c> measures). Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*TextAnalysis*'</c>.
/// </summary>
[MemoryDiagnoser]
public class TextAnalysisBenchmarks
{
    private string _body = string.Empty;
    private string _language = string.Empty;
    private DateOnly _published;
    private AnalysisDocument _document = null!;
    private IReadOnlyList<Entity> _entities = [];
    private IReadOnlyList<DateMention> _dates = [];

    [Params("ar", "en", "fr")]
    public string Article { get; set; } = "ar";

    [GlobalSetup]
    public void Setup()
    {
        (_body, _language, _published) = Article switch
        {
            "ar" => SampleArticles.Arabic,
            "en" => SampleArticles.English,
            _ => SampleArticles.French,
        };
        _document = AnalysisDocument.Create(_body, _language, _published);
        _entities = EntityRecognizer.Recognize(_document);
        _dates = DateExtractor.Extract(_document);
    }

    [Benchmark(Baseline = true)]
    public AnalysisResult Analyze() => TextAnalyzer.Analyze(_body, _language, _published);

    [Benchmark]
    public AnalysisDocument PrepareDocument() => AnalysisDocument.Create(_body, _language, _published);

    [Benchmark]
    public string IdentifyLanguage() => AnalysisDocument.Create(_body, null, _published).Language;

    [Benchmark]
    public IReadOnlyList<Entity> Entities() => EntityRecognizer.Recognize(_document);

    [Benchmark]
    public IReadOnlyList<Figure> DatesAndFigures() => FigureExtractor.Extract(_document, DateExtractor.Extract(_document));

    [Benchmark]
    public IReadOnlyList<ExtractedEvent> QuotesAndEvents() =>
        EventExtractor.Extract(_document, _entities, QuoteExtractor.Extract(_document, _entities), _dates);
}
