namespace Ingest.TextAnalysis.Dates;

/// <summary>A month name of months.tsv.</summary>
internal sealed record MonthName(int Month, bool Hijri, bool Ambiguous);
