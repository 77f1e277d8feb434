namespace Ingest.TextAnalysis.Dates;

/// <summary>How precisely a date expression names the calendar.</summary>
public enum DateGranularity : byte
{
    Day,
    Week,
    Month,
    Quarter,
    Year,

    /// <summary>An explicit span: "the first four months of the year", "from 3 to 5 May".</summary>
    Range,
}
