namespace Ingest.TextAnalysis.Numbers;

/// <summary>
/// A number read from tokens <c>[Start, End)</c>. <see cref="Scale"/> is the scale word applied ("190 مليار": 1e9),
/// so that a range can lend it to its lower bound ("بين 5 و7 مليارات").
/// </summary>
internal readonly record struct ParsedNumber(
    int Start,
    int End,
    decimal Value,
    decimal Scale,
    bool IsOrdinal,
    bool HasWords,
    bool HasDigits,
    bool IsPlainDigits,
    bool IsFraction,
    bool Definite,
    int DigitCount);
