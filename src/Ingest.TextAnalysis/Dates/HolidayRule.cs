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

    /// <summary>A number of days (the day column) from Orthodox Easter Sunday (the Julian computus).</summary>
    OrthodoxEaster,

    /// <summary>
    /// The same month and day of the Hebrew calendar. Months count from Tishrei as in a common year (1 Tishrei ... 6
    /// Adar, 7 Nisan ... 12 Elul); in a leap year Adar is Adar II and the months after it move one on.
    /// </summary>
    Hebrew,

    /// <summary>The same month and day of the Chinese lunisolar calendar (month 1, day 1 is the Lunar New Year).</summary>
    Chinese,
}
