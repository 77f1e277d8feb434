using System.Globalization;

namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// A holiday of Data/Dates/holidays.tsv and the rule that places it in a year: a fixed day of the Gregorian, Hijri
/// (Umm al-Qura), Hebrew or Chinese calendar, a number of days from Western or Orthodox Easter, or the n-th (or last)
/// weekday of a month moved by <see cref="Offset"/> days. <see cref="Days"/> is its length: a festival of several
/// days ("Passover", "Hanukkah", "Lent") is a span.
/// </summary>
internal sealed record Holiday(HolidayRule Rule, int Month, int Day, DayOfWeek Weekday, int Days = 1, int Offset = 0)
{
    public static Holiday Parse(string[] row)
    {
        var rule = row[1].Trim() switch
        {
            "gregorian" => HolidayRule.Gregorian,
            "hijri" => HolidayRule.Hijri,
            "easter" => HolidayRule.Easter,
            "weekday" => HolidayRule.Weekday,
            "orthodox" => HolidayRule.OrthodoxEaster,
            "hebrew" => HolidayRule.Hebrew,
            "chinese" => HolidayRule.Chinese,
            var other => throw new InvalidDataException($"Dates/holidays.tsv: unknown rule '{other}' for '{row[0]}'."),
        };
        var month = int.Parse(row[2], CultureInfo.InvariantCulture);
        var day = int.Parse(row[3], CultureInfo.InvariantCulture);
        var weekdayColumn = row.Length > 4 ? row[4].Trim() : string.Empty;
        var weekday = rule == HolidayRule.Weekday
            ? (DayOfWeek)int.Parse(weekdayColumn.Length > 0 ? weekdayColumn : throw new InvalidDataException($"Dates/holidays.tsv: '{row[0]}' needs its weekday."), CultureInfo.InvariantCulture)
            : DayOfWeek.Sunday;
        var days = row.Length > 5 && row[5].Trim().Length > 0 ? int.Parse(row[5], CultureInfo.InvariantCulture) : 1;
        var offset = row.Length > 6 && row[6].Trim().Length > 0 ? int.Parse(row[6], CultureInfo.InvariantCulture) : 0;
        if (days < 1)
        {
            throw new InvalidDataException($"Dates/holidays.tsv: '{row[0]}' lasts {days} days.");
        }

        return new Holiday(rule, month, day, weekday, days, offset);
    }
}
