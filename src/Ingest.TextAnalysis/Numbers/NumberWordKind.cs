namespace Ingest.TextAnalysis.Numbers;

/// <summary>The role a number word plays when words are combined into a value (see cardinals.tsv).</summary>
internal enum NumberWordKind : byte
{
    Zero,
    Unit,
    Teen,
    Ten,
    HundredWord,
    Hundred,
    Scale,
    Dual,
    Fraction,
    FractionPlural,
    Dozen,
    Ordinal,
    Suffix,
}
