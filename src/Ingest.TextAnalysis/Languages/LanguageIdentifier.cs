using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Languages;

/// <summary>
/// Identifies Arabic, English and French, and says "unknown" for anything else rather than guess. Arabic is told by
/// its script (and from Persian and Urdu by the letters only those use); English and French by the share of their
/// most frequent function words, which separates the two reliably from a dozen words on.
/// </summary>
public static class LanguageIdentifier
{
    public const string Arabic = "ar";
    public const string English = "en";
    public const string French = "fr";
    public const string Unknown = "unknown";

    /// <summary>Languages the extraction rules cover.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Arabic, English, French];

    // The most frequent function words of each language (Data/Languages/function-words.tsv).
    private static readonly FrozenSet<string> EnglishWords = FunctionWords(English);

    private static readonly FrozenSet<string> FrenchWords = FunctionWords(French);

    /// <summary>Returns "ar", "en", "fr" or "unknown".</summary>
    public static string Identify(ReadOnlySpan<char> text)
    {
        int arabic = 0, persian = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if (ArabicLetters.IsLetter(c))
            {
                arabic++;
                if (ArabicLetters.IsPersianOnlyLetter(c))
                {
                    persian++;
                }
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        var letters = arabic + latin + other;
        if (letters < 8)
        {
            return Unknown;
        }

        if (arabic * 2 > letters)
        {
            // Persian and Urdu use پ چ ژ گ ک ی often; Arabic almost never (a few foreign names).
            return persian * 50 > arabic ? Unknown : Arabic;
        }

        if (latin * 2 <= letters)
        {
            return Unknown;
        }

        int words = 0, en = 0, fr = 0;
        var lookupEn = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupFr = FrenchWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = text[start..i];
            words++;
            if (lookupEn.Contains(word))
            {
                en++;
            }

            if (lookupFr.Contains(word))
            {
                fr++;
            }
        }

        // Function words make up a third of running text in both languages; below a tenth it is neither.
        if (words == 0 || Math.Max(en, fr) * 10 < words)
        {
            return Unknown;
        }

        return en >= fr ? English : French;
    }

    private static FrozenSet<string> FunctionWords(string language) =>
        EmbeddedData.ReadTsv("Languages/function-words.tsv")
            .Where(row => row[0] == language)
            .Select(row => row[1])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
