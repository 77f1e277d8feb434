using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;

namespace Ingest.TextAnalysis.Tests.Figures;

public sealed class CountedPeopleTests
{
    [Theory]
    [InlineData("Le groupe a livré des engrais à plus de 160 clients dans le monde.", "fr", 160)]
    [InlineData("The airline carried 1.2 million passengers last year.", "en", 1_200_000)]
    [InlineData("استقبلت المدينة 250 سائحا خلال العطلة.", "ar", 250)]
    [InlineData("All 31 economists polled by the agency expected the decision.", "en", 31)]
    [InlineData("The state hired 4,385 seasonal firefighters this year.", "en", 4385)]
    [InlineData("About 127.7 million registered voters can take part.", "en", 127_700_000)]
    [InlineData("Le syndicat revendique plus de 700 000 adhérents.", "fr", 700_000)]
    [InlineData("أفرجت السلطات عن 40 فلسطينيا من سجن عوفر.", "ar", 40)]
    [InlineData("The ship rescued 14 Tunisians off the coast.", "en", 14)]
    [InlineData("L'ambassade a rapatrié 120 Sénégalais.", "fr", 120)]
    [InlineData("ارتفعت حصيلة الزلزال إلى 12 ألفا و300 قتيل.", "ar", 12_300)]
    [InlineData("أفرجت الحركة عن 20 رهينة صباح اليوم.", "ar", 20)]
    public void Extract_PeopleByRole_CountedAsPersons(string body, string language, decimal expected)
    {
        var document = AnalysisDocument.Create(body, language, new DateOnly(2024, 4, 15));

        var figure = Assert.Single(FigureExtractor.Extract(document, DateExtractor.Extract(document)));

        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal("person", figure.Unit);
        Assert.Equal(expected, figure.Value);
    }

    [Fact]
    public void Extract_NationalityAdjectiveOfAThing_DoesNotCountPeople()
    {
        var document = AnalysisDocument.Create("Five Chinese banks joined the fund, and 3 Egyptian ports reopened.", "en", new DateOnly(2024, 4, 15));
        Assert.DoesNotContain(FigureExtractor.Extract(document, DateExtractor.Extract(document)), f => f.Unit == "person");
    }
}
