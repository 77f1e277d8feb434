namespace Ingest.TextAnalysis.Figures;

public enum FigureKind : byte
{
    /// <summary>An amount of money; the unit is an ISO 4217 code.</summary>
    Money,

    /// <summary>A percentage (unit "percent") or a change in percentage points (unit "percentage_point").</summary>
    Percent,

    /// <summary>A measured amount with a physical or economic unit (barrel, tonne, km, megawatt...).</summary>
    Quantity,

    /// <summary>A number of things; the unit is the counted noun in English singular.</summary>
    Count,
}
