namespace Ingest.Cli.Evaluation;

/// <summary>Matched, system-only and gold-only counts of one list, with precision, recall and F1.</summary>
internal sealed class Tally
{
    public int Matched { get; private set; }

    public int SystemOnly { get; private set; }

    public int GoldOnly { get; private set; }

    public void Add(int matched, int systemCount, int goldCount)
    {
        Matched += matched;
        SystemOnly += systemCount - matched;
        GoldOnly += goldCount - matched;
    }

    /// <summary>Precision; 1 when the system found nothing and nothing was to be found.</summary>
    public double Precision => Matched + SystemOnly == 0 ? (GoldOnly == 0 ? 1 : 0) : (double)Matched / (Matched + SystemOnly);

    public double Recall => Matched + GoldOnly == 0 ? 1 : (double)Matched / (Matched + GoldOnly);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => Matched + GoldOnly;

    public int System => Matched + SystemOnly;
}
