namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// A date expression over tokens <c>[Start, End)</c>, before it is turned into a <see cref="DateMention"/>. A date
/// counted in a fiscal year carries its <see cref="Fiscal"/> part; its <see cref="Range"/> is then the reading for a
/// country whose fiscal year is the calendar's.
/// </summary>
internal readonly record struct FoundDate(int Start, int End, DateRange? Range, DateGranularity Granularity, FiscalPart? Fiscal = null);
