using Ingest.TextAnalysis.Dates;

namespace Ingest.TextAnalysis.Tests.Dates;

public sealed class MonthSentenceEndTests
{
    [Theory]
    [InlineData("The new fiscal year starts in July.", "July")]
    [InlineData("Les travaux reprendront en juin.", "juin")]
    [InlineData("The vote was postponed to Sept. 12.", "Sept. 12")]
    public void Extract_MonthBeforeFullStop_StopKeptOnlyForAbbreviations(string body, string expected)
    {
        var document = AnalysisDocument.Create(body, null, new DateOnly(2024, 3, 7));

        var date = Assert.Single(DateExtractor.Extract(document));

        Assert.Equal(expected, date.Text);
    }
}
