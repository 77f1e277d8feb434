namespace Ingest.TextAnalysis.Figures;

/// <summary>A unit of quantity as written: the unit reported on figures and the one reported to expression suites.</summary>
internal sealed record UnitEntry(string Unit, decimal Factor, string ScanUnit, decimal ScanFactor);
