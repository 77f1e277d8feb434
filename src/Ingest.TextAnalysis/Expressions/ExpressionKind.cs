namespace Ingest.TextAnalysis.Expressions;

/// <summary>What an expression found by <see cref="ExpressionScanner"/> is.</summary>
public enum ExpressionKind : byte
{
    /// <summary>A bare cardinal: "23", "ثلاثة وعشرين", "vingt-trois".</summary>
    Number,

    /// <summary>An ordinal: "3rd", "الثالث", "troisième".</summary>
    Ordinal,

    Money,
    Percent,
    Quantity,
    Count,
    Date,
}
