using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// Every entity table, folded and tokenized like the text, in one <see cref="Gazetteer"/>, plus the small maps the
/// rules read (country names, transliteration). Built once; immutable.
/// </summary>
internal static class EntityLexicon
{
    private const string CountryKeyPrefix = "C:";

    public static readonly Gazetteer Gazetteer;

    /// <summary>English name of each ISO 3166-1 alpha-2 code (CLDR).</summary>
    public static readonly FrozenDictionary<string, string> CountryNames;

    /// <summary>The gazetteer key of a country, by its ISO 3166-1 alpha-2 code.</summary>
    public static string CountryKey(string code) => CountryKeyPrefix + code;

    /// <summary>Whether <paramref name="key"/> is the key of a country itself, not of a place in it.</summary>
    public static bool IsAnyCountryKey(string key) => key.StartsWith(CountryKeyPrefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="key"/> is the key of the country <paramref name="code"/> itself (not a city in it), without building the key.</summary>
    public static bool IsCountryKey(string key, string code) =>
        key.Length == CountryKeyPrefix.Length + code.Length && key.StartsWith(CountryKeyPrefix, StringComparison.Ordinal) && key.AsSpan(CountryKeyPrefix.Length).SequenceEqual(code);

    /// <summary>Arabic letter to Latin letters, for names no table knows.</summary>
    public static readonly FrozenDictionary<char, string> Transliteration;

    /// <summary>Folded words and two-word compounds of Arabic personal names to their press spelling (Data/Entities/name-words.tsv).</summary>
    public static readonly FrozenDictionary<string, string> NameWords;

    /// <summary>The second words of the two-word compounds in <see cref="NameWords"/> ("الدين", "الرحمن"), folded.</summary>
    public static readonly FrozenSet<string> CompoundSecondWords;

    static EntityLexicon()
    {
        var entries = new List<LexEntry>(8192);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("Entities/territories.tsv"))
        {
            countries[row[0]] = row[1];
            for (var c = 2; c < row.Length; c++)
            {
                AddVariants(entries, LexKind.Location, CountryKey(row[0]), row[1], row[0], row[c]);
            }
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/country-variants.tsv"))
        {
            AddVariants(entries, LexKind.Location, CountryKey(row[0]), countries.GetValueOrDefault(row[0], row[0]), row[0], row[1]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/places.tsv"))
        {
            AddVariants(entries, LexKind.Location, "P:" + row[0], row[0], Empty(row[1]), row[3]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/organizations.tsv"))
        {
            AddVariants(entries, LexKind.Organization, "O:" + row[0], row[0], Empty(row[1]), row[2]);

            // "Egypt's central bank": English news names a country's central bank by the country's possessive; the
            // form follows from the row's country, so it is made here rather than written on every row.
            if (Empty(row[1]) is { } code && row[0].Contains("Central Bank", StringComparison.Ordinal) && countries.TryGetValue(code, out var country))
            {
                AddVariants(entries, LexKind.Organization, "O:" + row[0], row[0], code, country + "'s central bank");
            }
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/persons.tsv"))
        {
            AddVariants(entries, LexKind.Person, "H:" + row[0], row[0], Empty(row[1]), row[2]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/nationalities.tsv"))
        {
            AddVariants(entries, LexKind.Nationality, "N:" + row[0], countries.GetValueOrDefault(row[0], row[0]), row[0], row[1]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/titles.tsv"))
        {
            var kind = row[1] switch
            {
                "counterpart" => LexKind.Counterpart,
                "modifier" => LexKind.Modifier,
                "postposed" => LexKind.Postposed,
                _ => LexKind.Title,
            };
            // The third column names the role a title also is ("chef de la diplomatie" is a "ministre"): the name of its entry.
            AddVariants(entries, kind, "T:" + row[0], row.Length > 2 && row[2].Length > 0 ? row[2] : row[0], null, row[0]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/portfolios.tsv"))
        {
            AddVariants(entries, LexKind.Portfolio, "F:" + row[1], row[1], null, row[0]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/org-heads.tsv"))
        {
            var kind = row[1] switch
            {
                "construct" => LexKind.OrgHeadConstruct,
                "definite" => LexKind.OrgHeadDefinite,
                _ => LexKind.OrgHeadLatin,
            };
            AddVariants(entries, kind, "G:" + row[0], row[2], null, row[0]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/stopwords.tsv"))
        {
            AddVariants(entries, LexKind.Stop, "S:" + row[0], row[0], null, row[0]);
        }

        foreach (var row in EmbeddedData.ReadTsv("Entities/first-names.tsv"))
        {
            AddVariants(entries, LexKind.FirstName, "M:" + row[0], row[0], null, row[0]);
        }

        Gazetteer = new Gazetteer(entries);
        CountryNames = countries.ToFrozenDictionary(StringComparer.Ordinal);
        Transliteration = EmbeddedData.ReadTsv("Entities/transliteration.tsv")
            .Where(r => r.Length >= 2 && r[0].Length == 1)
            .GroupBy(r => TextNormalizer.Fold(r[0][0]))
            .ToFrozenDictionary(g => g.Key, g => g.First()[1]);
        NameWords = EmbeddedData.ReadTsv("Entities/name-words.tsv")
            .Where(r => r.Length >= 2)
            .GroupBy(r => TextNormalizer.Fold(r[0].Trim()), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        CompoundSecondWords = NameWords.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[(k.IndexOf(' ', StringComparison.Ordinal) + 1)..])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Tokenizes a lexicon form exactly as the text is tokenized and keyed.</summary>
    public static string[] TokenizeForm(string form)
    {
        var folded = TextNormalizer.Fold(form.Trim());
        var tokens = Segmentation.Tokenizer.Tokenize(folded, []);
        var keys = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            keys[i] = tokens[i].Kind == Segmentation.TokenKind.Word ? TokenKeys.Of(tokens[i].In(folded)) : folded.Substring(tokens[i].Start, tokens[i].Length);
        }

        return keys;
    }

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void AddVariants(List<LexEntry> entries, LexKind kind, string key, string name, string? country, string variants)
    {
        foreach (var raw in variants.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = TokenizeForm(raw);
            if (tokens.Length == 0)
            {
                continue;
            }

            var exact = !TokenKeys.IsArabic(raw) && TokenKeys.IsAllUpper(raw) && raw.Count(char.IsLetter) <= 6;
            var lower = char.IsLower(raw[0]);
            entries.Add(new LexEntry(kind, key, name, country, tokens, exact, lower));
            if (raw[0] is 'É' or 'È' or 'Ê')
            {
                // French often drops the accent of a capital: "Emirats arabes unis", "Etat islamique", "Egypte".
                entries.Add(new LexEntry(kind, key, name, country, TokenizeForm("E" + raw[1..]), exact, lower));
            }
        }
    }
}
