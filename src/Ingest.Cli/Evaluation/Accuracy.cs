namespace Ingest.Cli.Evaluation;

/// <summary>Right out of scored: an attribute (qualifier, change, speaker, actors) checked over matched pairs.</summary>
internal sealed class Accuracy
{
    public int Right { get; private set; }

    public int Scored { get; private set; }

    public void Add(bool right)
    {
        Scored++;
        if (right)
        {
            Right++;
        }
    }

    public double Value => Scored == 0 ? 1 : (double)Right / Scored;
}
