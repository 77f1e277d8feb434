using Ingest.TextAnalysis.Normalization;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Lexicons;

/// <summary>
/// Multi-word phrases ("في المئة", "more than", "près de", "كانون الثاني") matched token by token. A phrase is
/// tokenized with the same <see cref="Tokenizer"/> as the text, so punctuation inside it ("U.S.", "jusqu'à") lines
/// up with the text's tokens. The first word may carry Arabic proclitics ("بالمئة", "وبزيادة"); the rest must match
/// as written. The longest phrase wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Lexicon<Entry[]> _byFirst;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var keys = Split(phrase);
            if (keys.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(keys[0], out var list))
            {
                groups[keys[0]] = list = [];
            }

            list.Add(new Entry(keys[1..], value));
        }

        _byFirst = new Lexicon<Entry[]>(groups.Select(g =>
            new KeyValuePair<string, Entry[]>(g.Key, g.Value.OrderByDescending(e => e.Rest.Length).ToArray())));
    }

    /// <summary>Splits a phrase into token keys.</summary>
    public static string[] Split(string phrase)
    {
        var folded = TextNormalizer.Fold(phrase.Trim());
        var sentence = new Sentence(0, 0, new TextSpan(0, folded.Length), new TextSpan(0, folded.Length));
        return Tokenizer.Tokenize(folded, [sentence]).Select(t => LexiconKey.Of(folded[t.Start..t.End])).ToArray();
    }

    /// <summary>
    /// Matches a phrase starting at token <paramref name="i"/> and ending before token <paramref name="limit"/>.
    /// <paramref name="count"/> is the number of tokens matched.
    /// </summary>
    public bool TryMatch(string text, IReadOnlyList<Token> tokens, int i, int limit, bool clitics, out T value, out int count, out int prefix)
    {
        value = default!;
        count = 0;
        prefix = 0;
        if (i < 0 || i >= limit)
        {
            return false;
        }

        var first = tokens[i].In(text);
        Entry[]? entries;
        if (clitics)
        {
            if (!_byFirst.TryGetWithClitics(first, out entries, out prefix, out _, out _))
            {
                return false;
            }
        }
        else if (!_byFirst.TryGet(first, out entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (i + 1 + entry.Rest.Length > limit)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < entry.Rest.Length && ok; k++)
            {
                ok = KeyEquals(tokens[i + 1 + k].In(text), entry.Rest[k]);
            }

            if (ok)
            {
                value = entry.Value;
                count = 1 + entry.Rest.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches a phrase that ends just before token <paramref name="end"/> and starts at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(string text, IReadOnlyList<Token> tokens, int end, int floor, bool clitics, out T value, out int start)
    {
        // Earliest start first, so the longest phrase wins ("no less than" over "less than").
        for (var s = Math.Max(Math.Max(floor, 0), end - 5); s < end; s++)
        {
            if (TryMatch(text, tokens, s, end, clitics, out value, out var count, out _) && s + count == end)
            {
                start = s;
                return true;
            }
        }

        value = default!;
        start = end;
        return false;
    }

    /// <summary>Looks up a one-word entry by a piece of a token (e.g. "euros" in "d'euros").</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_byFirst.TryGet(word, out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Rest.Length == 0)
            {
                value = entry.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of the folded text equals <paramref name="key"/>, both compared as lexicon keys: code can then
    /// write keys as people write them ("إلى", "الأولى") and still match the folded text ("الي", "الاولي").
    /// </summary>
    public static bool KeyEquals(ReadOnlySpan<char> word, string key)
    {
        if (word.Length != key.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (LexiconKey.FoldChar(word[k]) != LexiconKey.FoldChar(TextNormalizer.Fold(key[k])))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Rest, T Value);
}
