using System.Globalization;

namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// A holiday of Data/Dates/holidays.tsv and the rule that places it in a year: a fixed Gregorian or Hijri day, a
/// number of days from Western Easter, or the n-th (or last) weekday of a month.
/// </summary>
internal sealed record Holiday(HolidayRule Rule, int Month, int Day, DayOfWeek Weekday)
{
    public static Holiday Parse(string[] row)
    {
        var rule = row[1].Trim() switch
        {
            "gregorian" => HolidayRule.Gregorian,
            "hijri" => HolidayRule.Hijri,
            "easter" => HolidayRule.Easter,
            "weekday" => HolidayRule.Weekday,
            var other => throw new InvalidDataException($"Dates/holidays.tsv: unknown rule '{other}' for '{row[0]}'."),
        };
        var month = int.Parse(row[2], CultureInfo.InvariantCulture);
        var day = int.Parse(row[3], CultureInfo.InvariantCulture);
        var weekday = rule == HolidayRule.Weekday
            ? (DayOfWeek)int.Parse(row.Length > 4 ? row[4] : throw new InvalidDataException($"Dates/holidays.tsv: '{row[0]}' needs its weekday."), CultureInfo.InvariantCulture)
            : DayOfWeek.Sunday;
        return new Holiday(rule, month, day, weekday);
    }
}
