namespace Ingest.TextAnalysis.Figures;

/// <summary>A currency form: an ISO code, or a family name to resolve; <see cref="UpperOnly"/> for codes written in capitals.</summary>
internal sealed record CurrencyEntry(string Code, bool IsFamily, bool UpperOnly, string? Language);
