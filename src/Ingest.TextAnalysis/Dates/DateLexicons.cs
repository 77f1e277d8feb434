using System.Collections.Frozen;
using System.Globalization;
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

    /// <summary>Arabic decade nouns and their tens (Data/Dates/decades.tsv): "التسعينيات" is 90.</summary>
    public static readonly Lexicon<int> Decades = new(EmbeddedData.ReadTsv("Dates/decades.tsv").Select(r =>
        new KeyValuePair<string, int>(r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))));

    public static readonly PhraseTable<Holiday> Holidays = new(EmbeddedData.ReadTsv("Dates/holidays.tsv").Select(r =>
        new KeyValuePair<string, Holiday>(r[0], Holiday.Parse(r))));

    /// <summary>
    /// The gate bit of a holiday's first word: only the holiday is tried there, since some open common phrases too
    /// ("new" of "New Year's Day", "international", "good", "fête").
    /// </summary>
    public const byte HolidayGate = 8;

    /// <summary>The gate bit of a decade word ("التسعينيات", "années"): only there is a decade tried on a word.</summary>
    public const byte DecadeGate = 16;

    /// <summary>Words that put a sentence in the future (Data/Dates/future-markers.tsv).</summary>
    /// <summary>The month and day a country's fiscal year starts on, for those whose year is not the calendar's.</summary>
    public static readonly FrozenDictionary<string, (int Month, int Day)> FiscalYearStarts = EmbeddedData.ReadTsv("Dates/fiscal-years.tsv")
        .ToFrozenDictionary(r => r[0], r => (int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    public static readonly Lexicon<bool> FutureMarkers = new(EmbeddedData.ReadTsv("Dates/future-markers.tsv")
        .Select(r => new KeyValuePair<string, bool>(r[0], true)));

    /// <summary>
    /// One lookup per word for the scanner's gate: 1 = a full starter, 2 = a phrase starter, 4 = a number word
    /// (a day may be written "الخامس" or "premier"), <see cref="HolidayGate"/> = the first word of a holiday.
    /// </summary>
    public static readonly Lexicon<byte> Gate = new(
        StarterKeys(["Dates/months.tsv", "Dates/weekdays.tsv"]).Select(k => (k, (byte)1))
            .Concat(StarterKeys(["Dates/decades.tsv"]).Append("années").Select(k => (k, (byte)(1 | DecadeGate))))
            .Concat(StarterKeys(["Dates/holidays.tsv"]).Select(k => (k, HolidayGate)))
            .Concat(StarterKeys(["Dates/relative.tsv"]).Select(k => (k, (byte)2)))
            .Concat(EmbeddedData.ReadTsv("Dates/cue-words.tsv").Select(r => (r[0], CueGate(r[1]))))
            .Concat(EmbeddedData.ReadTsv("Numbers/cardinals.tsv").Concat(EmbeddedData.ReadTsv("Numbers/ordinals.tsv"))
                .Where(r => r[3] != "suffix").Select(r => (LexiconKey.Of(r[1]), (byte)4)))
            .GroupBy(p => LexiconKey.Of(p.Item1))
            .ToDictionary(g => g.Key, g => g.Aggregate((byte)0, (a, p) => (byte)(a | p.Item2)))
            .WithArticleForms());

    /// <summary>
    /// The gate finds a word whole before it strips the Arabic article, so a holiday's first word written with it
    /// ("الجمعة" of "الجمعة العظيمة") would hide the weekday "جمعة" it also is: such a key takes the bits of its
    /// form without the article too.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, byte>> WithArticleForms(this Dictionary<string, byte> gate) =>
        gate.Select(p => p.Key.StartsWith(ArabicArticle, StringComparison.Ordinal) && gate.TryGetValue(p.Key[ArabicArticle.Length..], out var bare)
            ? new KeyValuePair<string, byte>(p.Key, (byte)(p.Value | bare))
            : p);

    private const string ArabicArticle = "ال";

    /// <summary>
    /// The keys of the Latin month forms that are abbreviations: another form of the same month is longer and
    /// starts with it ("jan" of "january", "sept" of "september", "juil" of "juillet", "févr" of "février"). Only an
    /// abbreviation takes the full stop after it as part of the date ("3 Jan. 2024"); after a whole name ("in July.",
    /// "en mars.") the stop ends the sentence. Deriving the set from months.tsv keeps the two in step when a form is added.
    /// Keys rather than forms, because the scanner matched the month by its key: an accent or case variant the table
    /// does not spell out is judged like the form it matched.
    /// </summary>
    private static readonly FrozenSet<string> MonthAbbreviations = MonthAbbreviationKeys();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviationLookup =
        MonthAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // No abbreviation is longer than this; a longer word is not looked up, and the key buffer can live on the stack.
    private static readonly int MonthAbbreviationMaxLength = MonthAbbreviations.Max(k => k.Length);

    /// <summary>Whether a Latin month word of the folded text (e.g. "Sept", "févr") is an abbreviation, not a whole name.</summary>
    public static bool IsMonthAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > MonthAbbreviationMaxLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[MonthAbbreviationMaxLength];
        var n = LexiconKey.Fold(word, key);
        return MonthAbbreviationLookup.Contains(key[..n]);
    }

    private static IEnumerable<string> StarterKeys(IEnumerable<string> files) => files
        .SelectMany(f => EmbeddedData.ReadTsv(f))
        .Select(r => PhraseTable<int>.Split(r[0]))
        .Where(k => k.Length > 0)
        .Select(k => k[0]);

    // A misspelt gate would silently turn a range opener into a full starter: fail at load instead.
    private static byte CueGate(string gate) => gate.Trim() switch
    {
        "any" => 1,
        "phrase" => 2,
        _ => throw new InvalidDataException($"Dates/cue-words.tsv: unknown gate '{gate}' (expected any or phrase)."),
    };

    private static FrozenSet<string> MonthAbbreviationKeys()
    {
        // Arabic forms are left out: a Maghreb form may be a prefix of another ("جانفي", "جانفييه") without being
        // an abbreviation, and Arabic text does not abbreviate months with a full stop.
        var forms = EmbeddedData.ReadTsv("Dates/months.tsv")
            .Where(r => !Languages.Arabic.ArabicLetters.IsLetter(r[0].Trim()[0]))
            .Select(r => (Key: LexiconKey.Of(r[0]), Month: (r[1], r[2])))
            .ToList();

        // Keys are lowercased with Latin accents dropped, so an ordinal prefix test is case- and accent-insensitive.
        return forms
            .Where(f => forms.Any(o => o.Month == f.Month && o.Key.Length > f.Key.Length && o.Key.StartsWith(f.Key, StringComparison.Ordinal)))
            .Select(f => f.Key)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
