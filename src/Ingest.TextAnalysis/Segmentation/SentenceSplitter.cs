using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Segmentation;

/// <summary>
/// Splits folded text into paragraphs (blank lines) and sentences. A full stop ends a sentence unless it sits
/// between digits (a decimal: "1.5"), follows a known abbreviation or a single capital initial ("Mr.", "U.S.",
/// "M. Macron"), or is followed by a lowercase Latin letter. Closing quote marks and brackets after the
/// terminator stay with the sentence they close.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a full stop does not end a sentence (English and French news usage), looked up by
    // the span of letters before the stop without allocating.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = EmbeddedData.ReadTsv("Segmentation/abbreviations.tsv")
        .Select(r => TextNormalizer.Fold(r[0].Trim()))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest abbreviation: a longer word before a stop is not looked up at all.</summary>
    private static readonly int LongestAbbreviation = Abbreviations.Set.Max(a => a.Length);

    public static Sentence[] Split(NormalizedText text)
    {
        var folded = text.Text;
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var i = 0;
        while (i < folded.Length)
        {
            // Skip the whitespace between sentences, counting blank lines as paragraph breaks.
            var newlines = 0;
            while (i < folded.Length && char.IsWhiteSpace(folded[i]))
            {
                if (folded[i] == '\n')
                {
                    newlines++;
                }

                i++;
            }

            if (i >= folded.Length)
            {
                break;
            }

            if (newlines > 0 && sentences.Count > 0)
            {
                paragraph++;
            }

            var start = i;
            var end = FindEnd(folded, i);
            var trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(folded[trimmed - 1]))
            {
                trimmed--;
            }

            sentences.Add(new Sentence(sentences.Count, paragraph, text.ToOriginal(start, trimmed), new TextSpan(start, trimmed)));
            i = end;
        }

        return sentences.ToArray();
    }

    private static int FindEnd(string s, int i)
    {
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n')
            {
                return i;
            }

            if (c is '!' or '?' or ArabicLetters.QuestionMark or '\u2026' || c == '.' && IsSentenceFullStop(s, i))
            {
                var j = i + 1;
                while (j < s.Length && (s[j] is '.' or '!' or '?' || IsCloser(s[j])))
                {
                    j++;
                }

                if (j >= s.Length || char.IsWhiteSpace(s[j]))
                {
                    return j;
                }
            }
        }

        return s.Length;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u00BB' or '\u201C' or ')' or ']' or '\u2019';

    private static bool IsSentenceFullStop(string s, int i)
    {
        if (i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && i > 0 && char.IsAsciiDigit(s[i - 1]))
        {
            return false;
        }

        // The word before the stop.
        var w = i;
        while (w > 0 && char.IsLetter(s[w - 1]))
        {
            w--;
        }

        var word = s.AsSpan(w, i - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "M. Macron", "U.S."
        }

        if (word.Length > 0 && word.Length <= LongestAbbreviation && Abbreviations.Contains(word))
        {
            return false;
        }

        // A lowercase Latin letter after the stop continues the sentence ("approx. five").
        var n = i + 1;
        while (n < s.Length && s[n] == ' ')
        {
            n++;
        }

        return n >= s.Length || !char.IsLower(s[n]);
    }
}
