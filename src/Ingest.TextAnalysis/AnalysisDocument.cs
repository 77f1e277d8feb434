using Ingest.TextAnalysis.Languages;
using Ingest.TextAnalysis.Normalization;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis;

/// <summary>
/// An article prepared for extraction: the folded text with its offset map, the language, sentences and tokens.
/// Built once per article per stage; every extractor reads it and none changes it.
/// </summary>
public sealed class AnalysisDocument
{
    private AnalysisDocument(NormalizedText text, string language, Sentence[] sentences, Token[] tokens, DateOnly? reference)
    {
        Text = text;
        Language = language;
        Sentences = sentences;
        Tokens = tokens;
        ReferenceDate = reference;
    }

    public NormalizedText Text { get; }

    /// <summary>The folded text (shortcut for <c>Text.Text</c>).</summary>
    public string Folded => Text.Text;

    /// <summary>The original text exactly as received.</summary>
    public string Original => Text.Original;

    /// <summary>"ar", "en", "fr" or "unknown".</summary>
    public string Language { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>
    /// The date relative expressions ("yesterday", "يوم الأربعاء", "l'an dernier") resolve against: the article's
    /// publication date, else its reception. Null when neither is known (an undated article given to
    /// <c>ingest extract</c>): relative expressions are then still found, with no calendar range, because guessing a
    /// date would put a wrong fact into the data.
    /// </summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Prepares <paramref name="body"/>; the language is identified when <paramref name="language"/> is null.</summary>
    public static AnalysisDocument Create(string body, string? language, DateOnly? reference)
    {
        var text = TextNormalizer.Normalize(body);
        var sentences = SentenceSplitter.Split(text);
        var tokens = Tokenizer.Tokenize(text.Text, sentences);
        var lang = string.IsNullOrWhiteSpace(language) ? LanguageIdentifier.Identify(text.Text) : language.Trim().ToLowerInvariant();
        return new AnalysisDocument(text, lang, sentences, tokens, reference);
    }

    /// <summary>Maps a folded range to the original text.</summary>
    public TextSpan ToOriginal(int start, int end) => Text.ToOriginal(start, end);

    /// <summary>The original text of a folded range.</summary>
    public string OriginalText(int start, int end) => Text.OriginalText(start, end);

    /// <summary>The sentence containing a folded offset.</summary>
    public int SentenceAt(int foldedOffset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].NormalizedSpan.Start <= foldedOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Math.Max(lo, 0);
    }
}
