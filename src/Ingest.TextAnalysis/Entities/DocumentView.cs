using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// The tokens of one document with their lookup keys, computed once and shared by the entity, quote and event rules.
/// </summary>
internal sealed class DocumentView
{
    public DocumentView(AnalysisDocument document)
    {
        Document = document;
        Folded = document.Folded;
        Tokens = document.Tokens;
        Keys = new string[Tokens.Count];
        for (var i = 0; i < Keys.Length; i++)
        {
            var t = Tokens[i];
            Keys[i] = t.Kind == TokenKind.Word ? TokenKeys.Of(t.In(Folded)) : Folded.Substring(t.Start, t.Length);
        }
    }

    public AnalysisDocument Document { get; }

    public string Folded { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Keys { get; }

    public int Count => Keys.Length;

    public ReadOnlySpan<char> Text(int index) => Tokens[index].In(Folded);

    public bool IsWord(int index) => index >= 0 && index < Count && Tokens[index].Kind == TokenKind.Word;

    public bool IsArabic(int index) => TokenKeys.IsArabic(Text(index));

    public bool IsPunct(int index, char c) => index >= 0 && index < Count && Tokens[index].Kind == TokenKind.Punctuation && Folded[Tokens[index].Start] == c;

    public bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && Tokens[a].Sentence == Tokens[b].Sentence;

    /// <summary>The index of the first token of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceStart(int token)
    {
        var start = token;
        while (start > 0 && SameSentence(start - 1, token))
        {
            start--;
        }

        return start;
    }

    /// <summary>The index of the first token starting at or after folded offset <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
