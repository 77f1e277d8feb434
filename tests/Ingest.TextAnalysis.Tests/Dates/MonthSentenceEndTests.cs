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

    [Theory]
    [InlineData("The accord was signed on 3 Jan. 2024 in Rabat.", "3 Jan. 2024")]
    [InlineData("The central bank will publish its review on Aug. 14 at noon.", "Aug. 14")]
    [InlineData("La conférence des bailleurs se tiendra le 14 juil. à Nouakchott.", "le 14 juil.")]
    [InlineData("Le parlement a voté le budget le 6 févr. après un long débat.", "le 6 févr.")]
    [InlineData("Le port a rouvert le 2 déc. sous la surveillance de la marine.", "le 2 déc.")]
    public void Extract_AbbreviatedMonthBeforeFullStop_TakesTheStop(string body, string expected)
    {
        var document = AnalysisDocument.Create(body, null, new DateOnly(2024, 3, 7));

        var date = Assert.Single(DateExtractor.Extract(document));

        Assert.Equal(expected, date.Text);
        Assert.Equal(body.IndexOf(expected, StringComparison.Ordinal), date.Span.Start);
        Assert.Equal(body.IndexOf(expected, StringComparison.Ordinal) + expected.Length, date.Span.End);
    }

    [Theory]
    [InlineData("Talks between the two delegations resumed in June. Both sides called the meeting useful.", "June")]
    [InlineData("Le cessez-le-feu a été rompu en mars. Les combats ont repris au sud de la ville.", "mars")]
    [InlineData("Les exportations de phosphate ont repris en août. Les recettes restent faibles.", "août")]
    [InlineData("La saison agricole a été mauvaise en mai. Les prix du blé ont doublé.", "mai")]
    public void Extract_WholeMonthNameBeforeFullStop_LeavesTheStopToTheSentence(string body, string expected)
    {
        var document = AnalysisDocument.Create(body, null, new DateOnly(2024, 9, 20));

        var date = Assert.Single(DateExtractor.Extract(document));

        Assert.Equal(expected, date.Text);
        Assert.Equal(body.IndexOf(expected, StringComparison.Ordinal) + expected.Length, date.Span.End);
    }

    [Theory]
    [InlineData("jan", true)]
    [InlineData("Sept", true)]
    [InlineData("juil", true)]
    [InlineData("févr", true)]
    [InlineData("Dec", true)]
    [InlineData("july", false)]
    [InlineData("June", false)]
    [InlineData("mars", false)]
    [InlineData("août", false)]
    [InlineData("mai", false)]
    [InlineData("january", false)]
    [InlineData("جانفي", false)]
    public void IsMonthAbbreviation_MonthForms_TrueOnlyForAShorterPrefixOfAnotherForm(string word, bool expected) =>
        Assert.Equal(expected, DateLexicons.IsMonthAbbreviation(word));
}
