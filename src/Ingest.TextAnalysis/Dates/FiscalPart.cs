namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// A date counted in a government's fiscal year, whose first month depends on the country the article is about
/// (Data/Dates/fiscal-years.tsv): the year itself, written with the next one ("العام المالي 2024/2025", <see
/// cref="Relative"/> false, <see cref="Year"/> the first calendar year) or relative to the article's date ("the current
/// fiscal year", <see cref="Relative"/> true, <see cref="Year"/> the offset in years), and the months of it meant:
/// <see cref="Months"/> months from its <see cref="FirstMonth"/>-th (0 for the first), 12 for the whole year.
/// </summary>
internal readonly record struct FiscalPart(bool Relative, int Year, int FirstMonth, int Months);
