using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// The lookup key of a token: the folded text, lowercased (Latin case is checked separately where it matters), with
/// the English possessive "'s" removed so that "Fund's" finds "Fund". Lexicon entries and document tokens go
/// through the same function, so they meet in the same form.
/// </summary>
internal static class TokenKeys
{
    public static string Of(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && token[^2] == '\'' && (token[^1] == 's' || token[^1] == 'S') && !ArabicLetters.IsLetter(token[0]))
        {
            token = token[..^2];
        }

        return HasUpper(token) ? token.ToString().ToLowerInvariant() : token.ToString();
    }

    public static bool IsArabic(ReadOnlySpan<char> token) => token.Length > 0 && ArabicLetters.IsLetter(token[0]);

    public static bool StartsUpper(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    /// <summary>All letters are capitals ("IMF", "U"), the shape of an abbreviation.</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static bool HasUpper(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
