using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Quotes;

/// <summary>The reporting-verb lexicon (Data/Quotes/reporting-verbs.tsv): which words introduce a quotation, and where their speaker stands.</summary>
internal static class ReportingVerbs
{
    private static readonly FrozenDictionary<string, string> Directions = EmbeddedData.ReadTsv("Quotes/reporting-verbs.tsv")
        .Select(r => (Key: TokenKeys.Of(TextNormalizer.Fold(r[0])), Direction: r[2]))
        .GroupBy(r => r.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Direction, StringComparer.Ordinal);

    // Looked up by span, so a verb behind a conjunction ("وقال") or before an inverted pronoun ("ajoute-t-il") is
    // found without a string of its own.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Directions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> SpokespersonNouns = KeysOf("Quotes/spokesperson-nouns.tsv");

    private static readonly FrozenSet<string> FeminineMarkers = KeysOf("Quotes/feminine-markers.tsv");

    /// <summary>The speaker direction ("after", "before", "source", "according") of the reporting verb at a token, or null.</summary>
    public static string? Direction(DocumentView view, int index)
    {
        if (!view.IsWord(index))
        {
            return null;
        }

        var key = view.Keys[index];
        if (Directions.TryGetValue(key, out var d))
        {
            return d;
        }

        // French inversion written as one word: "ajoute-t-il", "estime-t-elle", "poursuit-il" are the verb's.
        if (Entities.SubjectResolver.IsInvertedPronoun(key) && key.IndexOf('-') is > 0 and var dash && BySpan.TryGetValue(key.AsSpan(0, dash), out d))
        {
            return d;
        }

        // Arabic conjunction prefixes: "وقال", "فأضاف"; "لما" in "وفقا لما ذكرته" is a separate word.
        if (view.IsArabic(index) && key.Length > 3 && key[0] is ArabicLetters.Waw or ArabicLetters.Fa && BySpan.TryGetValue(key.AsSpan(1), out d))
        {
            return d;
        }

        return null;
    }

    // The first column of a word list, keyed as tokens are (folded, lowercased).
    private static FrozenSet<string> KeysOf(string file) =>
        EmbeddedData.ReadTsv(file).Select(r => TokenKeys.Of(TextNormalizer.Fold(r[0]))).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsReporting(DocumentView view, int index) => Direction(view, index) is "after" or "source";

    /// <summary>Whether the token is a word that marks the name after it as a woman's ("Mme", "Ms", "الوزيرة"; Data/Quotes/feminine-markers.tsv).</summary>
    public static bool IsFeminineMarker(DocumentView view, int index) => view.IsWord(index) && FeminineMarkers.Contains(view.Keys[index]);

    /// <summary>Whether the token is a noun of a spokesperson ("spokesman", "porte-parole", "المتحدث"; Data/Quotes/spokesperson-nouns.tsv).</summary>
    public static bool IsSpokesperson(DocumentView view, int index) => view.IsWord(index) && SpokespersonNouns.Contains(view.Keys[index]);
}
