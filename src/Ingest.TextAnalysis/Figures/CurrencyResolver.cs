using Ingest.TextAnalysis.Lexicons;

namespace Ingest.TextAnalysis.Figures;

/// <summary>
/// Picks the currency of a family word with no adjective ("دينار", "ريال", "dinars") from the places the article names:
/// the nearest one before the amount in its sentence, else the one the article names most, else the family default.
/// "دولار" stays USD unless qualified: the rule, and how news writes it.
/// </summary>
internal sealed class CurrencyResolver(AnalysisDocument document)
{
    private readonly Dictionary<string, List<(int Token, string Code)>> _mentions = new(StringComparer.Ordinal);
    private bool? _britishContext;

    public string Resolve(string family, int currencyStart, int currencyEnd)
    {
        var fallback = FigureLexicons.FamilyDefaults.GetValueOrDefault(family, family.ToUpperInvariant());
        if (family == "dollar" || !FigureLexicons.CurrencyContext.ContainsKey(family))
        {
            return fallback;
        }

        var mentions = Mentions(family);
        if (mentions.Count == 0)
        {
            return fallback;
        }

        var sentence = document.Tokens[currencyStart].Sentence;
        string? nearest = null;
        foreach (var (token, code) in mentions)
        {
            if (token < currencyStart && document.Tokens[token].Sentence == sentence)
            {
                nearest = code;
            }
        }

        if (nearest is not null)
        {
            return nearest;
        }

        return mentions.GroupBy(m => m.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Token)).First().Key;
    }

    /// <summary>"pounds" is money (sterling) only when the article is about Britain or writes "£"; else a weight.</summary>
    public bool PoundIsMoney(int start, int end)
    {
        var v = new TokenView(document.Folded, document.Tokens);
        if (v.IsAny(end, "of"))
        {
            return false;
        }

        // French weighs in kilograms: "livres" is the currency. And weights are seldom told in millions without "of"
        // ("361 million pounds" is money; "2 million pounds of beef" is not).
        if (document.Language == "fr" || v.IsAny(start - 1, "million", "millions", "billion", "billions", "trillion", "bn", "mn", "m", "milliard", "milliards"))
        {
            return true;
        }

        _britishContext ??= document.Folded.Contains('£') || Mentions("pound").Count > 0;
        return _britishContext.Value;
    }

    private List<(int Token, string Code)> Mentions(string family)
    {
        if (_mentions.TryGetValue(family, out var list))
        {
            return list;
        }

        list = [];
        if (FigureLexicons.CurrencyContext.TryGetValue(family, out var table))
        {
            var tokens = document.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == Segmentation.TokenKind.Word
                    && table.TryMatch(document.Folded, tokens, i, tokens.Count, true, out var code, out var count, out _))
                {
                    list.Add((i, code));
                    i += count - 1;
                }
            }
        }

        _mentions[family] = list;
        return list;
    }
}
