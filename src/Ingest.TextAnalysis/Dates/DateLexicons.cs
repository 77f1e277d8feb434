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

    /// <summary>
    /// One lookup per word for the scanner's gate: 1 = a full starter, 2 = a phrase starter, 4 = a number word
    /// (a day may be written "الخامس" or "premier").
    /// </summary>
    public static readonly Lexicon<byte> Gate = new(
        StarterKeys(new[] { "Dates/months.tsv", "Dates/weekdays.tsv", "Dates/holidays.tsv" }).Concat(CueWords).Select(k => (k, (byte)1))
            .Concat(StarterKeys(["Dates/relative.tsv"]).Concat(["from", "between", "من", "بين", "entre", "du", "de"]).Select(k => (k, (byte)2)))
            .Concat(EmbeddedData.ReadTsv("Numbers/cardinals.tsv").Concat(EmbeddedData.ReadTsv("Numbers/ordinals.tsv"))
                .Where(r => r[3] != "suffix").Select(r => (LexiconKey.Of(r[1]), (byte)4)))
            .GroupBy(p => LexiconKey.Of(p.Item1))
            .Select(g => new KeyValuePair<string, byte>(g.Key, g.Aggregate((byte)0, (a, p) => (byte)(a | p.Item2)))));

    private static IEnumerable<string> StarterKeys(IEnumerable<string> files) => files
        .SelectMany(f => EmbeddedData.ReadTsv(f))
        .Select(r => PhraseTable<int>.Split(r[0]))
        .Where(k => k.Length > 0)
        .Select(k => k[0]);

    private static IEnumerable<string> CueWords =>
    [
        "يوم", "اليوم", "مساء", "صباح", "ليلة", "ظهر", "فجر", "on", "last", "next", "نهاية", "بداية", "مطلع", "منتصف", "أواخر", "أوائل",
        "خلال", "end", "beginning", "start", "fin", "début", "mi", "عام", "العام", "سنة", "السنة", "لعام", "للعام", "لسنة", "بعام", "بسنة",
        "عامي", "year", "l'année", "l'an", "l'exercice", "année", "exercice", "fiscal", "النصف", "نصف", "half", "semestre", "الربع", "ربع",
        "quarter", "trimestre", "first", "second", "third", "fourth", "premier", "deuxième", "troisième", "quatrième", "الأشهر", "الشهور",
        "قبل", "شهر", "بشهر", "لشهر", "اخر", "آخر", "الاخير", "الأخير", "ثالث",
    ];

    public static readonly PhraseTable<(string Calendar, int Month, int Day)> Holidays = new(EmbeddedData.ReadTsv("Dates/holidays.tsv").Select(r =>
        new KeyValuePair<string, (string, int, int)>(r[0], (r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)))));
}
