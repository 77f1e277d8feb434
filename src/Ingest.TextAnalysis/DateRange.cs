namespace Ingest.TextAnalysis;

/// <summary>An inclusive calendar range: a day has <c>Start == End</c>.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End);
