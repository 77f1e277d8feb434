namespace Ingest.TextAnalysis.Numbers;

/// <summary>A number word of the lexicon: its value and its role.</summary>
internal readonly record struct NumberWord(decimal Value, NumberWordKind Kind);
