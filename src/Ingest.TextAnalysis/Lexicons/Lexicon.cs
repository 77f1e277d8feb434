using System.Collections.Frozen;
using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Lexicons;

/// <summary>
/// An immutable word table keyed by <see cref="LexiconKey"/>. Lookups take spans of the folded text and fold into
/// a stack buffer, so matching a token allocates nothing.
/// </summary>
internal sealed class Lexicon<T>
{
    private const int MaxKey = 64;
    private readonly FrozenDictionary<string, T> _entries;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map.TryAdd(LexiconKey.Of(key), value);
        }

        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entries.Count;

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (word.Length > MaxKey || word.IsEmpty)
        {
            return false;
        }

        Span<char> key = stackalloc char[word.Length];
        var n = LexiconKey.Fold(word, key);
        return _lookup.TryGetValue(key[..n], out value!);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    /// <summary>
    /// Looks the word up as written, then (Arabic words only) without its proclitics. <paramref name="prefix"/> is
    /// the number of characters of clitics removed.
    /// </summary>
    public bool TryGetWithClitics(ReadOnlySpan<char> word, out T value, out int prefix, out bool definite, out bool conjunction)
    {
        prefix = 0;
        definite = false;
        conjunction = false;
        if (TryGet(word, out value))
        {
            return true;
        }

        if (!ArabicClitics.MayCarry(word))
        {
            return false;
        }

        // Walk the clitic slots (conjunction, preposition, article) instead of testing every prefix: most words
        // start with none or with the article, so this costs one or two extra lookups.
        Span<int> candidates = stackalloc int[6];
        var n = ArabicClitics.Candidates(word, candidates);
        for (var k = 0; k < n; k++)
        {
            var c = candidates[k];
            var length = c & 0xFF;
            if (word.Length - length >= ArabicClitics.MinimumStem && TryGet(word[length..], out value))
            {
                prefix = length;
                definite = (c & ArabicClitics.DefiniteFlag) != 0;
                conjunction = (c & ArabicClitics.ConjunctionFlag) != 0;
                return true;
            }
        }

        return false;
    }
}
