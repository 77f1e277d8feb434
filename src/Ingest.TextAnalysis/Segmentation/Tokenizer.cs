using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Segmentation;

/// <summary>
/// A single-pass scanner over folded text. No regex: the tokenizer runs on every article in every stage, so it
/// classifies characters directly. Numbers keep their inner separators ("1.5", "1,200", "24/5/2023" is three
/// numbers and two slashes) so the number parser sees the conventions as written.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string folded, IReadOnlyList<Sentence> sentences)
    {
        var tokens = new List<Token>(folded.Length / 5 + 4);
        var sentence = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            while (sentence < sentences.Count - 1 && i >= sentences[sentence].NormalizedSpan.End)
            {
                sentence++;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < folded.Length)
                {
                    if (char.IsAsciiDigit(folded[i]))
                    {
                        i++;
                    }
                    else if ((folded[i] == '.' || folded[i] == ',') && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                i++;
                while (i < folded.Length)
                {
                    var d = folded[i];
                    if (IsWordChar(d))
                    {
                        i++;
                    }
                    else if ((d == '\'' || d == '-') && i + 1 < folded.Length && char.IsLetter(folded[i + 1]) && !ArabicLetters.IsLetter(folded[i + 1]) && !ArabicLetters.IsLetter(folded[i - 1]))
                    {
                        // "aujourd'hui", "year-on-year": Latin inner apostrophes and hyphens stay in the word.
                        // French elision ("l'économie") is split later by the French rules, which know the articles.
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(start, i, kind, sentence));
        }

        return tokens.ToArray();
    }

    /// <summary>Letters and combining marks that survived folding (Latin accents are letters).</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
