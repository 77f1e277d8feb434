namespace Ingest.TextAnalysis.Languages.Arabic;

/// <summary>
/// The proclitics written joined to Arabic words: the conjunctions و and ف, the prepositions ب ل ك, and the
/// article ال (ل + ال is written لل). A number word or a currency word may carry them ("وعشرين", "بالمئة",
/// "للدولار"), so lookups try the word as written first, then without each possible prefix (see Candidates), longest first.
/// The word as written always wins: "واحد" and "بليون" start with clitic letters but are words themselves.
/// </summary>
internal static class ArabicClitics
{
    /// <summary>Minimum letters left after stripping: a clitic never leaves a one-letter word.</summary>
    public const int MinimumStem = 2;

    public const int DefiniteFlag = 0x100;
    public const int ConjunctionFlag = 0x200;

    /// <summary>
    /// The possible clitic prefixes of <paramref name="word"/>, longest first, each as its length with
    /// <see cref="DefiniteFlag"/> and <see cref="ConjunctionFlag"/>: conjunction (و ف), then preposition (ب ل ك), then
    /// article (ال, or the ل of لل after the preposition ل).
    /// </summary>
    public static int Candidates(ReadOnlySpan<char> word, Span<int> into)
    {
        var n = 0;
        var p = 0;
        var conj = 0;
        if (word[0] is ArabicLetters.Waw or ArabicLetters.Fa)
        {
            p = 1;
            conj = ConjunctionFlag;
        }

        var preposition = p < word.Length && word[p] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf;
        var q = preposition ? p + 1 : p;

        // Article after the preposition (or straight after the conjunction).
        if (preposition && word[p] == ArabicLetters.Lam && q < word.Length && word[q] == ArabicLetters.Lam)
        {
            into[n++] = (q + 1) | DefiniteFlag | conj; // لل
        }
        else if (q + 1 < word.Length && word[q] == ArabicLetters.Alef && word[q + 1] == ArabicLetters.Lam)
        {
            into[n++] = (q + 2) | DefiniteFlag | conj;
        }

        if (preposition)
        {
            into[n++] = q | conj;
        }

        if (p > 0)
        {
            into[n++] = p | conj;
        }

        return n;
    }

    /// <summary>Whether the word starts with an Arabic letter and so may carry proclitics.</summary>
    public static bool MayCarry(ReadOnlySpan<char> word) => word.Length > MinimumStem && ArabicLetters.IsLetter(word[0]);
}
