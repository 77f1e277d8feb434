using System.Globalization;

namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// The holiday dates of the calendars the BCL knows but the scanner's Gregorian arithmetic does not: the Hebrew and
/// Chinese lunisolar calendars, and Orthodox Easter by the Julian computus. The calendar objects are only read.
/// </summary>
internal static class LunisolarCalendars
{
    private static readonly HebrewCalendar Hebrew = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    // The Hebrew year begins in Tishrei (September or October): a Gregorian year holds the spring of one Hebrew
    // year and the autumn of the next. Year numbers differ by 3760 before Tishrei and 3761 from it.
    private const int HebrewYearOffset = 3760;

    // Hebrew months are numbered from Tishrei; in a leap year the BCL inserts Adar I as month 6.
    private const int AdarInCommonYear = 6;

    /// <summary>The day <paramref name="day"/> of Hebrew month <paramref name="month"/> (common-year numbering) that falls in Gregorian year <paramref name="year"/>.</summary>
    public static DateOnly? HebrewInYear(int year, int month, int day)
    {
        for (var hy = year + HebrewYearOffset; hy <= year + HebrewYearOffset + 1; hy++)
        {
            try
            {
                var m = Hebrew.IsLeapYear(hy) && month >= AdarInCommonYear ? month + 1 : month;
                var date = DateOnly.FromDateTime(Hebrew.ToDateTime(hy, m, day, 0, 0, 0, 0));
                if (date.Year == year)
                {
                    return date;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return null; // outside the calendar's supported years (1583-2239)
            }
        }

        return null;
    }

    /// <summary>The day of Chinese month <paramref name="month"/> in the Chinese year that begins in Gregorian year <paramref name="year"/>.</summary>
    public static DateOnly? ChineseInYear(int year, int month, int day)
    {
        if (year <= Chinese.MinSupportedDateTime.Year || year >= Chinese.MaxSupportedDateTime.Year)
        {
            return null;
        }

        // A leap month takes the number after the month it repeats, so later months move one on.
        var leap = Chinese.GetLeapMonth(year);
        var m = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Chinese.ToDateTime(year, m, day, 0, 0, 0, 0));
    }

    /// <summary>Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar.</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19;
        var d = (19 * c + 15) % 30;
        var e = (2 * a + 4 * b - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = (d + e + 114) % 31 + 1;

        // The Julian calendar runs behind the Gregorian by the century leap days it keeps: 13 days in 1900-2099.
        var lag = year / 100 - year / 400 - 2;
        return new DateOnly(year, month, day).AddDays(lag);
    }
}
