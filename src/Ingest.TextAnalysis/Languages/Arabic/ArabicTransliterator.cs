using System.Text;

namespace Ingest.TextAnalysis.Languages.Arabic;

/// <summary>
/// A readable Latin form of an Arabic name no table knows, letter by letter from the data map
/// (Data/Entities/transliteration.tsv): the article "ال" at a word start becomes "al-", long vowels come from
/// the letters (ا و ي between consonants read as a, u, i), words are capitalized. Not a scholarly romanization: the
/// purpose is a name a reader can recognize, the mention keeps the original.
/// </summary>
internal static class ArabicTransliterator
{
    /// <summary>
    /// A name's words the press spells one way (<paramref name="words"/>, when given: folded Arabic of one word or of a
    /// two-word compound such as "عبد الرحمن" -> "Abdel Rahman") take that spelling; the others are spelled letter by letter.
    /// <paramref name="written"/>, the same words as written before folding, keeps a hamza-alef from reading as the article.
    /// </summary>
    public static string Transliterate(string folded, IReadOnlyDictionary<char, string> map, IReadOnlyDictionary<string, string>? words = null, string? written = null)
    {
        var sb = new StringBuilder(folded.Length + 8);
        var parts = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Folding writes "أ" and "إ" as a bare alef, so "ألكسندر" looks as if it had the article; the name as written
        // tells (the article's alef never carries a hamza).
        var writtenParts = written?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (writtenParts is not null && writtenParts.Length != parts.Length)
        {
            writtenParts = null;
        }
        for (var p = 0; p < parts.Length; p++)
        {
            var word = parts[p];
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            if (words is not null)
            {
                if (p + 1 < parts.Length && words.TryGetValue(word + " " + parts[p + 1], out var compound))
                {
                    sb.Append(compound);
                    p++;
                    continue;
                }

                if (words.TryGetValue(word, out var spelled))
                {
                    sb.Append(spelled);
                    continue;
                }
            }

            var w = word.AsSpan();
            var start = sb.Length;
            if (w.Length > 3 && w[0] == ArabicLetters.Alef && w[1] == ArabicLetters.Lam
                && (writtenParts is null || writtenParts[p].Length > 1 && writtenParts[p][0] == ArabicLetters.Alef && writtenParts[p][1] == ArabicLetters.Lam))
            {
                sb.Append("al-");
                w = w[2..];
                start = sb.Length;
            }

            for (var i = 0; i < w.Length; i++)
            {
                var c = w[i];
                var between = i > 0 && i < w.Length - 1;
                if (c == ArabicLetters.Waw && between)
                {
                    sb.Append('u');
                }
                else if (c == ArabicLetters.Yeh && between)
                {
                    sb.Append('i');
                }
                else if (map.TryGetValue(c, out var latin))
                {
                    sb.Append(latin);
                }
                else if (char.IsLetter(c))
                {
                    sb.Append(c);
                }
            }

            if (sb.Length > start)
            {
                sb[start] = char.ToUpperInvariant(sb[start]);
            }
        }

        return sb.ToString();
    }
}
