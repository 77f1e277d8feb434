namespace Ingest.TextAnalysis.Languages.Arabic;

/// <summary>
/// The proclitics Arabic writes attached to the next word: the conjunctions و and ف, the prepositions ب, ل, ك and
/// their combinations ("وب", "فل"). A name keeps its own article ("الصين"), but "وبكين" is "و" + "بكين" and
/// "للصين" is "ل" + "الصين" with the article's alef elided. <see cref="Variants"/> lists the readings of a word
/// with its proclitics removed, the shortest prefix first, so a gazetteer lookup can try each.
/// </summary>
internal static class ArabicPrefixes
{
    private const int MinimumStem = 2;

    /// <summary>
    /// Readings of <paramref name="word"/> without proclitics: (characters removed from the start, the stem key).
    /// The word itself is not included.
    /// </summary>
    public static void Variants(string word, List<(int Skip, string Key)> output)
    {
        output.Clear();
        var conj = word.Length > 0 && word[0] is ArabicLetters.Waw or ArabicLetters.Fa ? 1 : 0;
        if (conj == 1 && word.Length - 1 >= MinimumStem)
        {
            output.Add((1, word[1..]));
        }

        var p = conj;
        if (word.Length - p - 1 >= MinimumStem && word[p] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf)
        {
            // "لل" + stem: the preposition lam before the article, whose alef is not written ("للصين" = ل + الصين).
            if (word[p] == ArabicLetters.Lam && word[p + 1] == ArabicLetters.Lam && word.Length - p - 2 >= MinimumStem)
            {
                output.Add((p + 1, string.Concat(ArabicLetters.Alef.ToString(), word.AsSpan(p + 1))));
            }
            else
            {
                output.Add((p + 1, word[(p + 1)..]));
            }
        }
    }

    /// <summary>Whether the word (after any proclitic) carries the article ال.</summary>
    public static bool IsDefinite(string word)
    {
        var p = 0;
        if (word.Length > 3 && word[0] is ArabicLetters.Waw or ArabicLetters.Fa && word[1] != ArabicLetters.Alef)
        {
            p = 1;
        }

        if (word.Length - p > 3 && word[p] is ArabicLetters.Beh or ArabicLetters.Kaf && word[p + 1] == ArabicLetters.Alef && word[p + 2] == ArabicLetters.Lam)
        {
            return true;
        }

        if (word.Length - p > 3 && word[p] == ArabicLetters.Lam && word[p + 1] == ArabicLetters.Lam)
        {
            return true;
        }

        return word.Length - p > 3 && word[p] == ArabicLetters.Alef && word[p + 1] == ArabicLetters.Lam;
    }

    /// <summary>Whether the word starts with a preposition proclitic (ب، ل، ك، with or without a conjunction) before a stem.</summary>
    public static bool HasPreposition(string word)
    {
        var p = word.Length > 0 && word[0] is ArabicLetters.Waw or ArabicLetters.Fa ? 1 : 0;
        return word.Length - p > 3 && word[p] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf
            && (word[p + 1] == ArabicLetters.Alef && word[p + 2] == ArabicLetters.Lam || word[p] == ArabicLetters.Lam && word[p + 1] == ArabicLetters.Lam);
    }

    /// <summary>
    /// Whether the word opens with the article itself, no proclitic before it: "الشركة". Ask it of the text as written:
    /// the article's alef carries no hamza, and a name such as "ألكسندر" only looks definite once folded.
    /// </summary>
    public static bool HasArticle(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] == ArabicLetters.Alef && word[1] == ArabicLetters.Lam;

    /// <summary>
    /// Whether the word is the preposition lam before the article, whose alef is not written: "للصندوق" = ل + الصندوق.
    /// </summary>
    public static bool IsLamDefinite(string word) =>
        word.Length > 4 && word[0] == ArabicLetters.Lam && word[1] == ArabicLetters.Lam;

    /// <summary>Whether the word is "و" + the article ("والإحصاء", "والمناطق"): a definite noun joined by the conjunction.</summary>
    public static bool IsConjoinedDefinite(string word) =>
        word.Length > 3 && word[0] == ArabicLetters.Waw && word[1] == ArabicLetters.Alef && word[2] == ArabicLetters.Lam;

    /// <summary>A relational (nisba) adjective shape: ending in ي or ية (folded يه), as in "الصيني", "الفنية".</summary>
    public static bool IsNisba(string word) =>
        word.Length > 3 && (word[^1] == ArabicLetters.Yeh || word[^1] == ArabicLetters.Heh && word[^2] == ArabicLetters.Yeh);
}
