namespace Ingest.TextAnalysis.Figures;

public enum FigureQualifier : byte
{
    Exact,
    Approx,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}
