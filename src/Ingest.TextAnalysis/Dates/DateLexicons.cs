using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Lexicons;

namespace Ingest.TextAnalysis.Dates;

/// <summary>The date tables of Data/Dates, loaded once.</summary>
internal static class DateLexicons
{
    public static readonly PhraseTable<MonthName> Months = new(EmbeddedData.ReadTsv("Dates/months.tsv").Select(r =>
        new KeyValuePair<string, MonthName>(r[0], new MonthName(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2] == "hijri", r[3] == "1"))));

    public static readonly Lexicon<(DayOfWeek Day, bool Ambiguous)> Weekdays = new(EmbeddedData.ReadTsv("Dates/weekdays.tsv").Select(r =>
        new KeyValuePair<string, (DayOfWeek, bool)>(r[0], ((DayOfWeek)int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2] == "1"))));

    public static readonly PhraseTable<(string Unit, int Offset)> Relative = new(EmbeddedData.ReadTsv("Dates/relative.tsv").Select(r =>
        new KeyValuePair<string, (string, int)>(r[0], (r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)))));

    public static readonly PhraseTable<(string Calendar, int Month, int Day)> Holidays = new(EmbeddedData.ReadTsv("Dates/holidays.tsv").Select(r =>
        new KeyValuePair<string, (string, int, int)>(r[0], (r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)))));
}
