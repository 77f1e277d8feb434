using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Languages.French;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// "the Organization of the Petroleum Exporting Countries (OPEC)", "l'Office chérifien des phosphates (OCP)",
/// "the Pakistan Tehreek-e-Insaf (PTI)": a bracketed all-capitals abbreviation defined by the words before it.
/// The significant words' initials (function words skipped, hyphenated parts may each give a letter) must spell the
/// abbreviation in order, starting with its first letter; one letter may be missing in 4-5 letter abbreviations and
/// two in longer ones, since abbreviations often keep a letter of a function word or of a word inside a compound.
/// </summary>
internal static class AbbreviationDefinition
{
    private const int MinLetters = 2;
    private const int MaxLetters = 8;

    private static readonly FrozenSet<string> FunctionWords =
        EmbeddedData.ReadTsv("Entities/acronym-function-words.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NonOrganizationHeads =
        EmbeddedData.ReadTsv("Entities/acronym-non-org-heads.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the long form names a document, programme, measure or indicator rather than an organization: its
    /// first or last significant word is such a head ("Memorandum of ...", "... Price Index", "taxe sur ...").
    /// </summary>
    public static bool NamesNonOrganization(DocumentView view, int first, int end)
    {
        var words = Enumerable.Range(first, end - first).Select(w => Stem(view, w)).Where(w => !FunctionWords.Contains(w)).ToList();
        return words.Count > 0 && (IsNonOrganizationHead(words[0]) || IsNonOrganizationHead(words[^1]));
    }

    private static bool IsNonOrganizationHead(string word) =>
        NonOrganizationHeads.Contains(word) || word.Length > 3 && word[^1] is 's' or 'x' && NonOrganizationHeads.Contains(word[..^1]);

    /// <summary>The bracketed abbreviation at <paramref name="open"/> ("(" token) when it has 2-8 capital letters only.</summary>
    public static string? Abbreviation(DocumentView view, int open)
    {
        if (!view.IsPunct(open, '(') || !view.IsWord(open + 1) || !view.IsPunct(open + 2, ')') || !view.SameSentence(open, open + 2))
        {
            return null;
        }

        var text = view.Text(open + 1);
        if (text.Length < MinLetters || text.Length > MaxLetters)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return null;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The first token of the long form ending right before <paramref name="open"/>, or -1 when the words before the
    /// bracket do not spell <paramref name="abbreviation"/>.
    /// </summary>
    public static int LongFormStart(DocumentView view, int open, string abbreviation)
    {
        var allowedMissing = abbreviation.Length >= 6 ? 2 : abbreviation.Length >= 4 ? 1 : 0;
        var best = -1;
        var bestMissing = int.MaxValue;

        // Look back over at most a few words more than the abbreviation has letters, inside the sentence, with no
        // punctuation between; each start whose word gives the first letter is tried, the best spelling wins.
        var limit = abbreviation.Length * 2 + 4;
        for (var s = open - 1; s >= 0 && open - s <= limit && view.IsWord(s) && view.SameSentence(s, open); s--)
        {
            var first = Initials(view, s);
            if (first.Count == 0 || first[0][0] != abbreviation[0] || !StartsUpper(view, s))
            {
                continue;
            }

            var missing = Spell(view, s, open, abbreviation, 0);
            if (missing <= allowedMissing && missing <= bestMissing)
            {
                best = s;
                bestMissing = missing;
            }
        }

        return best;
    }

    // The fewest letters of the abbreviation (from letter a on) left unspelled by words w..end-1, each significant
    // word giving one or more letters in order; int.MaxValue when a significant word cannot give any.
    private static int Spell(DocumentView view, int w, int end, string abbreviation, int a)
    {
        while (w < end && Initials(view, w).Count == 0)
        {
            w++;
        }

        if (w == end)
        {
            return abbreviation.Length - a;
        }

        var best = int.MaxValue;
        var options = Initials(view, w);
        for (var skip = 0; a + skip < abbreviation.Length && skip <= 2; skip++)
        {
            foreach (var option in options)
            {
                if (string.CompareOrdinal(abbreviation, a + skip, option, 0, option.Length) == 0)
                {
                    var rest = Spell(view, w + 1, end, abbreviation, a + skip + option.Length);
                    if (rest != int.MaxValue)
                    {
                        best = Math.Min(best, rest + skip);
                    }
                }
            }
        }

        // A function word the abbreviation does not need gives no letter.
        if (FunctionWords.Contains(Stem(view, w)))
        {
            best = Math.Min(best, Spell(view, w + 1, end, abbreviation, a) is var r && r != int.MaxValue ? r : int.MaxValue);
        }

        return best;
    }

    // The letters a word can give: its initial, or the initials of its hyphenated parts ("Tehreek-e-Insaf" -> "TI").
    private static List<string> Initials(DocumentView view, int w)
    {
        var stem = Stem(view, w);
        var options = new List<string>(2);
        if (stem.Length == 0 || !char.IsLetter(stem[0]))
        {
            return options;
        }

        options.Add(Initial(stem));
        if (stem.Contains('-', StringComparison.Ordinal))
        {
            var parts = stem.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 1 && !FunctionWords.Contains(p)).Select(Initial);
            var joined = string.Concat(parts);
            if (joined.Length > 1)
            {
                options.Add(joined);
            }
        }

        return options;
    }

    // "électricité" gives "E": abbreviations are written without accents.
    private static string Initial(string word)
    {
        var decomposed = word[..1].Normalize(System.Text.NormalizationForm.FormD);
        return char.ToUpperInvariant(decomposed[0]).ToString();
    }

    private static bool StartsUpper(DocumentView view, int w)
    {
        var text = view.Text(w);
        return TokenKeys.StartsUpper(text[FrenchElision.ElidedLength(view.Keys[w])..]);
    }

    private static string Stem(DocumentView view, int w)
    {
        var key = view.Keys[w];
        var e = FrenchElision.ElidedLength(key);
        return e > 0 ? key[e..] : key;
    }
}
