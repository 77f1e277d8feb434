using System.Collections.Frozen;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// Multi-token lexicon lookup keyed by the first token's key: each bucket holds the entries starting with that token,
/// longest first, so one dictionary probe and a few token comparisons find the longest entry at a position. No regex,
/// no allocation on the lookup path beyond the caller's result list.
/// </summary>
internal sealed class Gazetteer
{
    private readonly FrozenDictionary<string, LexEntry[]> _byFirst;

    public Gazetteer(IEnumerable<LexEntry> entries)
    {
        _byFirst = entries
            .Where(e => e.Tokens.Length > 0)
            .GroupBy(e => e.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The longest entries matching at token <paramref name="index"/> when its key is read as
    /// <paramref name="firstKey"/> (the token itself or a reading without proclitics). Returns the matched token count
    /// and fills <paramref name="matches"/> with every entry of that length that fits the case rules.
    /// </summary>
    /// <remarks><paramref name="skip"/> is the length of what the reading dropped from the first token (French "l'"),
    /// left out of its case test: "l'ONU" is the abbreviation "ONU" in capitals.</remarks>
    public int Match(DocumentView view, int index, string firstKey, bool stripped, List<LexEntry> matches, int skip = 0)
    {
        matches.Clear();
        if (!_byFirst.TryGetValue(firstKey, out var bucket))
        {
            return 0;
        }

        var best = 0;
        foreach (var entry in bucket)
        {
            var n = entry.Tokens.Length;
            if (n < best)
            {
                break;
            }

            if (index + n > view.Count || !Fits(view, index, entry, stripped, skip))
            {
                continue;
            }

            best = n;
            matches.Add(entry);
        }

        return best;
    }

    /// <summary>The first entity entry whose tokens are exactly <paramref name="keys"/>, or null: "Abu Dhabi" for the
    /// words of "Abu Dhabi-based", which the text keeps in a hyphenated token.</summary>
    public LexEntry? Exact(ReadOnlySpan<string> keys)
    {
        if (keys.Length == 0 || !_byFirst.TryGetValue(keys[0], out var bucket))
        {
            return null;
        }

        foreach (var entry in bucket)
        {
            if (entry.IsEntity && entry.Tokens.AsSpan().SequenceEqual(keys))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool Fits(DocumentView view, int index, LexEntry entry, bool stripped, int skip)
    {
        var sentence = view.Tokens[index].Sentence;
        for (var k = 1; k < entry.Tokens.Length; k++)
        {
            var t = index + k;
            if (view.Tokens[t].Sentence != sentence || !string.Equals(view.Keys[t], entry.Tokens[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (view.IsArabic(index))
        {
            return true;
        }

        // Latin case: abbreviations only in capitals; names must start with a capital unless written lowercase in the
        // data ("dpa", "mer Rouge"); clue words (titles, nationalities, stop words) match in any case.
        if (entry.ExactCase)
        {
            for (var k = 0; k < entry.Tokens.Length; k++)
            {
                var text = k == 0 ? view.Text(index)[skip..] : view.Text(index + k);
                if (char.IsLetter(text[0]) && !TokenKeys.IsAllUpper(text))
                {
                    return false;
                }
            }

            return true;
        }

        if (entry.IsEntity && !entry.LowerInitial && !stripped)
        {
            return TokenKeys.StartsUpper(view.Text(index));
        }

        return true;
    }
}
