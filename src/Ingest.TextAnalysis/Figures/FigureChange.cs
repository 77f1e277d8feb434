namespace Ingest.TextAnalysis.Figures;

/// <summary>A rise or fall that the text applies to the figure itself ("increased by 40%").</summary>
public enum FigureChange : byte
{
    Increase,
    Decrease,
}
