using System.Collections.Frozen;
using System.Globalization;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Figures;

/// <summary>The figure tables of Data/Figures, loaded once into immutable lookups.</summary>
internal static class FigureLexicons
{
    // The nationality table (Data/Entities/nationalities.tsv), read once for the three tables below built from it:
    // the currency context, the people counted by nationality and the nationality modifiers of a counted noun.
    // Declared first: static fields initialize in the order written.
    private static readonly string[][] NationalityRows = [.. EmbeddedData.ReadTsv("Entities/nationalities.tsv")];

    // The currency table, read once for the lookup below and the set of ISO codes the entity rules ask of an abbreviation.
    private static readonly string[][] CurrencyRows = [.. EmbeddedData.ReadTsv("Figures/currencies.tsv")];

    public static readonly PhraseTable<CurrencyEntry> Currencies = new(CurrencyRows.Select(r =>
        new KeyValuePair<string, CurrencyEntry>(r[0], new CurrencyEntry(
            r[1], r[1].All(char.IsLower), r[0].Length == 3 && r[0].All(char.IsAsciiLetterUpper), r.Length > 2 ? r[2] : null))));

    /// <summary>The ISO 4217 codes of the currency table ("USD", "EGP"): an all-capital word that names no body.</summary>
    public static readonly FrozenSet<string> CurrencyCodes = CurrencyRows
        .Select(r => r[1].Trim()).Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Per family: adjective or country phrase -> ISO code; the "*" row is the family default.</summary>
    public static readonly FrozenDictionary<string, PhraseTable<string>> CurrencyAdjectives = ByFamily("Figures/currency_adjectives.tsv");

    /// <summary>Every family's adjectives in one table (adjective -> family), for "is this word a currency adjective at all".</summary>
    public static readonly PhraseTable<string> AnyCurrencyAdjective = new(EmbeddedData.ReadTsv("Figures/currency_adjectives.tsv")
        .Where(r => r[1] != "*").Select(r => new KeyValuePair<string, string>(r[1], r[0])));

    public static readonly FrozenDictionary<string, string> FamilyDefaults = EmbeddedData.ReadTsv("Figures/currency_adjectives.tsv")
        .Where(r => r[1] == "*").ToFrozenDictionary(r => r[0], r => r[2], StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, PhraseTable<string>> CurrencyContext = ContextByFamily();

    public static readonly PhraseTable<UnitEntry> Units = new(EmbeddedData.ReadTsv("Figures/units.tsv").Select(r =>
        new KeyValuePair<string, UnitEntry>(r[0], new UnitEntry(r[1], Dec(r[2]), r[3], Dec(r[4])))));

    public static readonly PhraseTable<string> CountedNouns = new(EmbeddedData.ReadTsv("Figures/counted_nouns.tsv").Select(r =>
        new KeyValuePair<string, string>(r[0], r[1])).Concat(PeopleByNationality()));

    /// <summary>English words that end a number's phrase rather than describe what it counts (Data/Figures/count-stop-words.tsv).</summary>
    public static readonly Lexicon<bool> CountStopWords = new(EmbeddedData.ReadTsv("Figures/count-stop-words.tsv")
        .Select(r => new KeyValuePair<string, bool>(r[0], true)));

    /// <summary>Plural number words that count nothing exact on their own ("thousands", "des centaines", "آلاف"; Data/Figures/vague-plurals.tsv).</summary>
    public static readonly Lexicon<bool> VaguePlurals = new(EmbeddedData.ReadTsv("Figures/vague-plurals.tsv")
        .Select(r => new KeyValuePair<string, bool>(r[0], true)));

    /// <summary>Words that may stand between a number and its counted noun ("300 new cases"): Data/Figures/noun-modifiers.tsv.</summary>
    public static readonly Lexicon<bool> NounModifiers = new(EmbeddedData.ReadTsv("Figures/noun-modifiers.tsv")
        .Select(r => new KeyValuePair<string, bool>(r[0], true)));

    /// <summary>Latin nationality adjectives, singular ("Palestinian", "israélien"): a modifier before a counted noun.</summary>
    public static readonly Lexicon<bool> LatinNationalities = new(NationalityRows
        .SelectMany(r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(f => !TokenKeys.IsArabic(f))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(f => new KeyValuePair<string, bool>(f, true)));

    /// <summary>
    /// People counted by nationality ("25 فلسطينيا", "12 Palestinians", "trois Français") are persons. Derived from the
    /// nationality table (Data/Entities/nationalities.tsv): an Arabic nisba without the article gives its accusative
    /// ("فلسطيني" -> "فلسطينيا") and sound plurals ("فلسطينيين", "فلسطينيون"); Latin plural forms (ending in s) count
    /// as they are. Singular adjectives are left out: "5 Chinese banks" counts banks.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> PeopleByNationality()
    {
        const string Person = "person";
        foreach (var row in NationalityRows)
        {
            foreach (var raw in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var form = TextNormalizer.Fold(raw);
                if (TokenKeys.IsArabic(form))
                {
                    if (!form.StartsWith("ال", StringComparison.Ordinal) && form.EndsWith('ي'))
                    {
                        yield return new(form + "ا", Person);
                        yield return new(form + "ين", Person);
                        yield return new(form + "ون", Person);
                    }
                }
                else if (form.Length > 3 && form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal))
                {
                    yield return new(form, Person);
                }
            }
        }
    }

    public static readonly PhraseTable<string> Percent = new(EmbeddedData.ReadTsv("Figures/percent.tsv").Select(r =>
        new KeyValuePair<string, string>(r[0], r[1])));

    /// <summary>
    /// The first words of the Arabic duals that count two by themselves ("يومين", "نقطتين مئويتين"): rows marked "dual"
    /// in Data/Figures/counted_nouns.tsv and percent.tsv.
    /// </summary>
    public static readonly Lexicon<bool> DualStarts = new(EmbeddedData.ReadTsv("Figures/counted_nouns.tsv")
        .Concat(EmbeddedData.ReadTsv("Figures/percent.tsv"))
        .Where(r => r.Length > 2 && r[2].Trim() == "dual")
        .Select(r => new KeyValuePair<string, bool>(PhraseTable<int>.Split(r[0])[0], true)));

    public static readonly PhraseTable<FigureQualifier> QualifiersBefore = Qualifiers("before");
    public static readonly PhraseTable<FigureQualifier> QualifiersAfter = Qualifiers("after");

    public static readonly PhraseTable<string> Changes = new(EmbeddedData.ReadTsv("Figures/changes.tsv").Select(r =>
        new KeyValuePair<string, string>(r[0], r[1])));

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static PhraseTable<FigureQualifier> Qualifiers(string position) => new(EmbeddedData.ReadTsv("Figures/qualifiers.tsv")
        .Where(r => r[2] == position)
        .Select(r => new KeyValuePair<string, FigureQualifier>(r[0], r[1] switch
        {
            "approx" => FigureQualifier.Approx,
            "more_than" => FigureQualifier.MoreThan,
            "less_than" => FigureQualifier.LessThan,
            "at_least" => FigureQualifier.AtLeast,
            "at_most" => FigureQualifier.AtMost,
            _ => FigureQualifier.Exact,
        })));

    /// <summary>
    /// The context words of Data/Figures/currency_context.tsv, and with them every nationality adjective
    /// (Data/Entities/nationalities.tsv) of a country whose currency a family names there: "الحكومة التونسية",
    /// "tunisien", "Tunisian" pick the Tunisian dinar as "تونس" does. An ISO 4217 code opens with its country's ISO
    /// 3166 code; the regional francs (XOF, XAF) belong to no one country and take the file's words only.
    /// </summary>
    private static FrozenDictionary<string, PhraseTable<string>> ContextByFamily()
    {
        var rows = EmbeddedData.ReadTsv("Figures/currency_context.tsv").Where(r => r[1] != "*").ToList();
        var demonyms = NationalityRows
            .ToDictionary(r => r[0], r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        var derived = rows.Select(r => (Family: r[0], Code: r[2])).Distinct()
            .Where(c => c.Code[0] != 'X' && demonyms.ContainsKey(c.Code[..2]))
            .SelectMany(c => demonyms[c.Code[..2]].Select(form => new[] { c.Family, form, c.Code }));
        return ByFamily(rows.Concat(derived));
    }

    private static FrozenDictionary<string, PhraseTable<string>> ByFamily(string file) => ByFamily(EmbeddedData.ReadTsv(file).Where(r => r[1] != "*"));

    // Rows of (family, phrase, value) to one phrase table per family.
    private static FrozenDictionary<string, PhraseTable<string>> ByFamily(IEnumerable<string[]> rows) => rows
        .GroupBy(r => r[0])
        .ToFrozenDictionary(g => g.Key, g => new PhraseTable<string>(g.Select(r => new KeyValuePair<string, string>(r[1], r[2]))), StringComparer.Ordinal);
}
