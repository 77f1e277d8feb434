namespace Ingest.TextAnalysis.Languages.Arabic;

/// <summary>
/// The proclitics written joined to Arabic words: the conjunctions و and ف, the prepositions ب ل ك, and the
/// article ال (ل + ال is written لل). A number word or a currency word may carry them ("وعشرين", "بالمئة",
/// "للدولار"), so lookups try the word as written first, then without each possible prefix, longest first.
/// The word as written always wins: "واحد" and "بليون" start with clitic letters but are words themselves.
/// </summary>
internal static class ArabicClitics
{
    /// <summary>Prefixes, longest first, each with whether it ends in the article.</summary>
    public static readonly (string Prefix, bool Definite, bool Conjunction)[] Prefixes =
    [
        ("وبال", true, true), ("فبال", true, true), ("وكال", true, true), ("ولل", true, true), ("فلل", true, true),
        ("وال", true, true), ("فال", true, true), ("بال", true, false), ("كال", true, false), ("لل", true, false),
        ("ال", true, false), ("وب", false, true), ("ول", false, true), ("وك", false, true), ("فب", false, true),
        ("فل", false, true), ("و", false, true), ("ف", false, true), ("ب", false, false), ("ل", false, false),
        ("ك", false, false),
    ];

    /// <summary>Minimum letters left after stripping: a clitic never leaves a one-letter word.</summary>
    public const int MinimumStem = 2;

    /// <summary>Whether the word starts with an Arabic letter and so may carry proclitics.</summary>
    public static bool MayCarry(ReadOnlySpan<char> word) => word.Length > MinimumStem && ArabicLetters.IsLetter(word[0]);
}
