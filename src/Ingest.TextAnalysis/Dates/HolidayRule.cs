namespace Ingest.TextAnalysis.Dates;

/// <summary>How a <see cref="Holiday"/> falls in a year.</summary>
internal enum HolidayRule
{
    /// <summary>The same Gregorian month and day every year.</summary>
    Gregorian,

    /// <summary>The same month and day of the Umm al-Qura Hijri calendar: about eleven days earlier each Gregorian year.</summary>
    Hijri,

    /// <summary>A number of days (the day column) from Western Easter Sunday.</summary>
    Easter,

    /// <summary>The n-th weekday of the month (the day column; -1 for the last one).</summary>
    Weekday,
}
