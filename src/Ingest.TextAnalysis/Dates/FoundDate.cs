namespace Ingest.TextAnalysis.Dates;

/// <summary>A date expression over tokens <c>[Start, End)</c>, before it is turned into a <see cref="DateMention"/>.</summary>
internal readonly record struct FoundDate(int Start, int End, DateRange? Range, DateGranularity Granularity);
