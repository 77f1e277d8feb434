using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Lexicons;

/// <summary>Small token tests shared by the figure and date scanners, over the folded text.</summary>
internal readonly struct TokenView(string text, IReadOnlyList<Token> tokens)
{
    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> this[int j] => Tokens[j].In(Text);

    public bool Valid(int j) => j >= 0 && j < Tokens.Count;

    public bool Is(int j, string key) => Valid(j) && Tokens[j].Kind != TokenKind.Number && PhraseTable<int>.KeyEquals(Tokens[j].In(Text), key);

    public bool IsAny(int j, params ReadOnlySpan<string> keys)
    {
        if (!Valid(j) || Tokens[j].Kind == TokenKind.Number)
        {
            return false;
        }

        foreach (var k in keys)
        {
            if (PhraseTable<int>.KeyEquals(Tokens[j].In(Text), k))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunct(int j, char c) => Valid(j) && Tokens[j].Kind == TokenKind.Punctuation && Text[Tokens[j].Start] == c;

    public bool IsWord(int j) => Valid(j) && Tokens[j].Kind == TokenKind.Word;

    public bool IsNumber(int j) => Valid(j) && Tokens[j].Kind == TokenKind.Number;

    public bool Adjacent(int a, int b) => Valid(a) && Valid(b) && Tokens[b].Start == Tokens[a].End;

    public bool SameSentence(int a, int b) => Valid(a) && Valid(b) && Tokens[a].Sentence == Tokens[b].Sentence;
}
