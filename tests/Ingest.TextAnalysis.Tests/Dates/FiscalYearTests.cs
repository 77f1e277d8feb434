using System.Globalization;
using Ingest.TextAnalysis.Dates;

namespace Ingest.TextAnalysis.Tests.Dates;

/// <summary>Fiscal years follow the country the article is about (Data/Dates/fiscal-years.tsv).</summary>
public sealed class FiscalYearTests
{
    private static DateMention Only(string text, string language, string reference, string dateText)
    {
        var result = TextAnalyzer.Analyze(text, language, DateOnly.Parse(reference, CultureInfo.InvariantCulture));
        return Assert.Single(result.Dates, d => d.Text.Contains(dateText, StringComparison.Ordinal));
    }

    private static void AssertRange(DateMention date, string start, string end, DateGranularity granularity) => DateAssert.Range(date, start, end, granularity);

    [Theory]
    [InlineData("وافق مجلس النواب المصري في القاهرة على موازنة العام المالي 2024/2025 بعجز أقل مما توقعت مصر.", "ar", "2024/2025", "2024-07-01", "2025-06-30")]
    [InlineData("India's government in New Delhi expects crude imports to fall in fiscal year 2025/26, the ministry said.", "en", "2025/26", "2025-04-01", "2026-03-31")]
    [InlineData("Le Premier ministre du Canada a présenté à Ottawa le budget de l'exercice 2026-2027.", "fr", "2026-2027", "2026-04-01", "2027-03-31")]
    [InlineData("The US Congress in Washington passed the 2025/26 spending bill for the United States.", "en", "2025/26", "2025-10-01", "2026-09-30")]
    public void Extract_SplitYearInACountryWithItsOwnFiscalYear_RunsFromItsFirstMonth(string text, string language, string dateText, string start, string end) =>
        AssertRange(Only(text, language, "2025-03-10", dateText), start, end, DateGranularity.Range);

    [Theory]
    [InlineData("أقرت الحكومة السعودية في الرياض ميزانية العام المالي 2025/2026.", "ar", "2025/2026")]
    [InlineData("France's 2025/26 wheat crop in Paris is seen lower.", "en", "2025/26")]
    public void Extract_SplitYearInACalendarYearCountry_SpansTheTwoYears(string text, string language, string dateText) =>
        AssertRange(Only(text, language, "2025-03-10", dateText), "2025-01-01", "2026-12-31", DateGranularity.Range);

    [Fact]
    public void Extract_SplitYearWithNoCountry_SpansTheTwoYears() =>
        AssertRange(Only("The 2025/26 season opens with a record.", "en", "2025-03-10", "2025/26"), "2025-01-01", "2026-12-31", DateGranularity.Range);

    [Theory]
    [InlineData("قال وزير المالية الكويتي إن الكويت تتوقع عجزا في السنة المالية الحالية.", "ar", "2026-02-09", "السنة المالية الحالية", "2025-04-01", "2026-03-31")]
    [InlineData("قال وزير المالية الكويتي إن الكويت تتوقع فائضا في السنة المالية المقبلة.", "ar", "2026-02-09", "السنة المالية المقبلة", "2026-04-01", "2027-03-31")]
    [InlineData("Egypt's finance ministry in Cairo said the deficit would narrow in the current fiscal year.", "en", "2025-11-20", "current fiscal year", "2025-07-01", "2026-06-30")]
    public void Extract_RelativeFiscalYear_IsTheCountrysYearUnderWay(string text, string language, string reference, string dateText, string start, string end) =>
        AssertRange(Only(text, language, reference, dateText), start, end, DateGranularity.Range);

    [Fact]
    public void Extract_QuarterOfTheCurrentFiscalYear_CountsFromItsFirstMonth() =>
        AssertRange(Only("وقال البنك المركزي المصري في القاهرة إن الاقتصاد نما في الربع الأول من العام المالي الجاري.", "ar", "2025-11-20", "الربع الأول"),
            "2025-07-01", "2025-09-30", DateGranularity.Quarter);

    [Fact]
    public void Extract_RelativeFiscalYearInACalendarYearCountry_IsTheYear() =>
        AssertRange(Only("قالت وزارة المالية السعودية في الرياض إن الإيرادات سترتفع في العام المالي الجاري.", "ar", "2025-11-20", "العام المالي الجاري"),
            "2025-01-01", "2025-12-31", DateGranularity.Year);
}
