using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;

namespace Ingest.TextAnalysis.Tests.Figures;

/// <summary>The seed article (ours) must yield every figure and date its annotation lists, found by the general rules.</summary>
public sealed class SeedArticleFiguresTests
{
    private static readonly DateOnly Published = new(2023, 5, 24);

    private static AnalysisDocument Seed()
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "ar-china-russia-2023-05-24.txt"));
        return AnalysisDocument.Create(body, "ar", Published);
    }

    [Fact]
    public void Extract_SeedArticle_FindsTheFourAnnotatedFigures()
    {
        var document = Seed();
        var figures = FigureExtractor.Extract(document, DateExtractor.Extract(document));

        Assert.Collection(
            figures,
            f => AssertFigure(f, FigureKind.Money, 190_000_000_000m, "USD", FigureQualifier.Exact, null),
            f => AssertFigure(f, FigureKind.Money, 70_000_000_000m, "USD", FigureQualifier.Exact, null),
            f => AssertFigure(f, FigureKind.Percent, 40m, "percent", FigureQualifier.MoreThan, FigureChange.Increase),
            f => AssertFigure(f, FigureKind.Percent, 40m, "percent", FigureQualifier.Exact, FigureChange.Increase));
    }

    [Fact]
    public void Extract_SeedArticle_GivesTradeFiguresTheirPeriods()
    {
        var document = Seed();
        var figures = FigureExtractor.Extract(document, DateExtractor.Extract(document));

        Assert.Equal(new DateRange(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), figures[0].Period);
        Assert.Equal(new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30)), figures[1].Period);
        Assert.Equal(new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), figures[3].Period);
        Assert.Equal("190 مليار دولار أمريكي", figures[0].Text);
        Assert.Equal(figures[0].Text, document.Original[figures[0].Span.Start..figures[0].Span.End]);
    }

    [Fact]
    public void Extract_SeedArticle_FindsTheElevenAnnotatedDates()
    {
        var dates = DateExtractor.Extract(Seed());

        (string Start, string End, DateGranularity Granularity)[] expected =
        [
            ("2023-05-24", "2023-05-24", DateGranularity.Day),      // يوم الأربعاء
            ("2022-02-01", "2022-02-28", DateGranularity.Month),    // فبراير 2022
            ("2023-05-22", "2023-05-22", DateGranularity.Day),      // يوم الاثنين
            ("2023-05-24", "2023-05-24", DateGranularity.Day),      // يوم الأربعاء
            ("2023-05-24", "2023-05-24", DateGranularity.Day),      // اليوم
            ("2022-01-01", "2022-12-31", DateGranularity.Year),     // عام 2022
            ("2023-01-01", "2023-04-30", DateGranularity.Range),    // الأشهر الأربعة الأولى من العام
            ("2022-01-01", "2022-12-31", DateGranularity.Year),     // العام الماضي
            ("2023-01-01", "2023-12-31", DateGranularity.Year),     // عام 2023
            ("2023-02-01", "2023-02-28", DateGranularity.Month),    // فبراير
            ("2023-03-01", "2023-03-31", DateGranularity.Month),    // مارس / آذار
        ];

        Assert.Equal(expected.Length, dates.Count);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.Equal(DateOnly.Parse(expected[k].Start, System.Globalization.CultureInfo.InvariantCulture), dates[k].Range!.Value.Start);
            Assert.Equal(DateOnly.Parse(expected[k].End, System.Globalization.CultureInfo.InvariantCulture), dates[k].Range!.Value.End);
            Assert.Equal(expected[k].Granularity, dates[k].Granularity);
        }

        Assert.Equal("مارس / آذار", dates[10].Text);
    }

    private static void AssertFigure(Figure f, FigureKind kind, decimal value, string unit, FigureQualifier qualifier, FigureChange? change)
    {
        Assert.Equal(kind, f.Kind);
        Assert.Equal(value, f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(qualifier, f.Qualifier);
        Assert.Equal(change, f.Change);
    }
}
