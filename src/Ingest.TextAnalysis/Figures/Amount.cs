namespace Ingest.TextAnalysis.Figures;

/// <summary>
/// A number found by <see cref="AmountScanner"/> with what it measures: <see cref="Kind"/> is null for a bare number.
/// Token ranges are <c>[Start, End)</c> over the document's tokens; <see cref="NumberStart"/> marks the first number.
/// </summary>
internal sealed record Amount(
    FigureKind? Kind,
    bool Ordinal,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string ScanUnit,
    decimal ScanFactor,
    FigureQualifier Qualifier,
    int Start,
    int End,
    int NumberStart,
    int NumberEnd,
    int Sentence,
    decimal Scale,
    bool PlainDigits,
    bool HasWords,
    bool IsFraction,
    string? CurrencyFamily);
