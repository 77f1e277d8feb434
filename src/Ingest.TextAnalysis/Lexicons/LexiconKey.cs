using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Lexicons;

/// <summary>
/// The key a word is looked up by: the folded form (see <see cref="TextNormalizer"/>), lowercased, with Latin
/// accents removed. French news writes "zéro" and readers type "zero"; Duckling-style inputs write "deuxieme";
/// dropping accents on both sides lets one table entry match all of them. Folding into a caller buffer keeps the hot
/// path free of allocations.
/// </summary>
internal static class LexiconKey
{
    /// <summary>The key of a data-file entry (folded first, as the text is).</summary>
    public static string Of(string entry)
    {
        var folded = TextNormalizer.Fold(entry.Trim());
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = Fold(folded, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key of an already folded word into <paramref name="destination"/>; returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n == destination.Length)
            {
                break;
            }

            destination[n++] = FoldChar(c); // Arabic letters are already folded: no case, no accents
        }

        return n;
    }

    /// <summary>The key form of one character of folded text.</summary>
    public static char FoldChar(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : c is >= '\u0600' and <= '\u06FF' ? c : FoldNonAscii(c);

    private static char FoldNonAscii(char c) => c switch
    {
        'à' or 'â' or 'ä' or 'á' or 'À' or 'Â' or 'Ä' or 'Á' => 'a',
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
        'î' or 'ï' or 'í' or 'Î' or 'Ï' => 'i',
        'ô' or 'ö' or 'ó' or 'Ô' or 'Ö' => 'o',
        'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' => 'u',
        'ç' or 'Ç' => 'c',
        'ÿ' => 'y',
        '\u2014' => '-', // em dash inside "twenty—fifth"
        _ => char.ToLowerInvariant(c),
    };
}
