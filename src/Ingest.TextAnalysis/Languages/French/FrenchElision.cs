namespace Ingest.TextAnalysis.Languages.French;

/// <summary>
/// French elided articles and particles written against the next word ("l'Algérie", "d'Alger", "qu'il"): the
/// tokenizer keeps them in one token, the gazetteer needs the word after the apostrophe.
/// </summary>
internal static class FrenchElision
{
    private static readonly string[] Elided = ["l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "n'", "s'", "c'", "j'", "m'", "t'"];

    /// <summary>The number of characters of the elided particle at the start of <paramref name="token"/>, or 0.</summary>
    public static int ElidedLength(ReadOnlySpan<char> token)
    {
        // Most tokens hold no apostrophe where an elided particle ends ("lorsqu'" is the longest): one scan turns them
        // away before the comparisons, which every rule asks of every Latin token.
        var apostrophe = token.Length > 2 ? token[..Math.Min(token.Length, 8)].IndexOf('\'') : -1;
        if (apostrophe < 1)
        {
            return 0;
        }

        foreach (var e in Elided)
        {
            if (token.Length > e.Length + 1 && token.StartsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return e.Length;
            }
        }

        return 0;
    }
}
