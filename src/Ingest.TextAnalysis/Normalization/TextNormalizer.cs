using System.Text;
using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Normalization;

/// <summary>
/// Folds text for matching without losing the way back to the original. The rules follow Lucene's
/// ArabicNormalizer (alef, yeh and teh marbuta variants, no harakat, no tatweel) and add what news text needs:
/// Arabic-Indic and Persian digits to ASCII, the Arabic decimal, thousands and percent signs, presentation
/// forms decomposed, bidi and zero-width marks dropped, exotic spaces to a plain space, typographic
/// apostrophes and dashes to their ASCII forms. Case is kept: English and French names need it.
/// </summary>
public static class TextNormalizer
{
    private const char NoBreakSpace = '\u00A0';
    private const char SoftHyphen = '\u00AD';
    private const char EnDash = '\u2013';
    private const char MinusSign = '\u2212';
    private const char LeftSingleQuote = '\u2018';
    private const char RightSingleQuote = '\u2019';
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Folds <paramref name="original"/> and keeps the offset map.</summary>
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new StringBuilder(original.Length);
        var starts = new int[original.Length + 8];
        var ends = new int[original.Length + 8];
        var count = 0;

        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (IsDropped(c))
            {
                // A dropped mark belongs to the letter before it: extend that letter's original range so a span
                // ending on the letter also covers its vowel signs.
                if (count > 0 && (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel) && ends[count - 1] == i)
                {
                    ends[count - 1] = i + 1;
                }

                continue;
            }

            if (IsPresentationForm(c))
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormKC))
                {
                    if (IsDropped(d))
                    {
                        continue;
                    }

                    Append(ref starts, ref ends, ref count, builder, Fold(d), i, i + 1);
                }

                continue;
            }

            Append(ref starts, ref ends, ref count, builder, Fold(c), i, i + 1);
        }

        Array.Resize(ref starts, count);
        Array.Resize(ref ends, count);
        return new NormalizedText(original, builder.ToString(), starts, ends);
    }

    /// <summary>
    /// Folds a lexicon entry or a query the same way as <see cref="Normalize(string)"/> folds text, so that data
    /// files can be written as people write (with hamza and teh marbuta) and still match.
    /// </summary>
    public static string Fold(string value) => Normalize(value).Text;

    /// <summary>Folds one character; characters with no folding come back unchanged.</summary>
    public static char Fold(char c) => c switch
    {
        >= ArabicLetters.IndicDigitZero and <= ArabicLetters.IndicDigitNine => (char)('0' + (c - ArabicLetters.IndicDigitZero)),
        >= ArabicLetters.PersianDigitZero and <= ArabicLetters.PersianDigitNine => (char)('0' + (c - ArabicLetters.PersianDigitZero)),
        ArabicLetters.DecimalSeparator => '.',
        ArabicLetters.ThousandsSeparator => ',',
        ArabicLetters.PercentSign => '%',
        ArabicLetters.AlefWithMaddaAbove or ArabicLetters.AlefWithHamzaAbove or ArabicLetters.AlefWithHamzaBelow or ArabicLetters.AlefWasla => ArabicLetters.Alef,
        ArabicLetters.AlefMaksura or ArabicLetters.FarsiYeh => ArabicLetters.Yeh,
        ArabicLetters.TehMarbuta => ArabicLetters.Heh,
        ArabicLetters.Keheh => ArabicLetters.Kaf,
        NoBreakSpace or '\u2007' or '\u202F' or '\u205F' or '\u3000' or '\t' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        LeftSingleQuote or RightSingleQuote or '\u02BC' => '\'',
        EnDash or MinusSign or '\u2010' or '\u2011' => '-',
        '\r' => '\n',
        _ => c,
    };

    private static bool IsDropped(char c) =>
        ArabicLetters.IsDiacritic(c)
        || c == ArabicLetters.Tatweel
        || c == ArabicLetters.LetterMark
        || c == SoftHyphen
        || c == ByteOrderMark
        || c is >= '\u200B' and <= '\u200F'   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        || c is >= '\u202A' and <= '\u202E'   // bidi embeddings and overrides
        || c is >= '\u2066' and <= '\u2069';  // bidi isolates

    /// <summary>Arabic presentation forms A and B: shaped glyphs some sources paste instead of letters.</summary>
    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE';

    private static void Append(ref int[] starts, ref int[] ends, ref int count, StringBuilder builder, char c, int start, int end)
    {
        if (count == starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref ends, ends.Length * 2);
        }

        builder.Append(c);
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
