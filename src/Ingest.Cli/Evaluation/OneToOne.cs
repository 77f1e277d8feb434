namespace Ingest.Cli.Evaluation;

/// <summary>
/// One-to-one matching of gold items to system items. Each gold item takes the first free system item that matches,
/// preferring a system item that also scores higher on <c>preference</c> (e.g. the same text), so that two equal
/// values in one article pair with the right occurrences.
/// </summary>
internal static class OneToOne
{
    public static List<(TGold Gold, TSystem System)> Match<TGold, TSystem>(
        IReadOnlyList<TGold> gold,
        IReadOnlyList<TSystem> system,
        Func<TGold, TSystem, bool> matches,
        Func<TGold, TSystem, double>? preference = null)
    {
        var taken = new bool[system.Count];
        var pairs = new List<(TGold, TSystem)>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < system.Count; i++)
            {
                if (taken[i] || !matches(g, system[i]))
                {
                    continue;
                }

                var score = preference?.Invoke(g, system[i]) ?? 0;
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                pairs.Add((g, system[best]));
            }
        }

        return pairs;
    }
}
