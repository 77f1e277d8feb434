using System.Globalization;
using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Expressions;

namespace Ingest.TextAnalysis.Tests.Expressions;

public sealed class ExpressionScannerTests
{
    private static IReadOnlyList<Expression> Scan(string text, string language, DateOnly? reference = null) =>
        ExpressionScanner.Scan(AnalysisDocument.Create(text, language, reference));

    [Theory]
    [InlineData("ثلاثمائة وخمسين", "ar", 350)]
    [InlineData("vingt-trois", "fr", 23)]
    [InlineData("minus 1,200,000", "en", -1_200_000)]
    public void Scan_Numbers_AreOneNumber(string text, string language, int value)
    {
        var e = Assert.Single(Scan(text, language));
        Assert.Equal(ExpressionKind.Number, e.Kind);
        Assert.Equal(value, e.Value);
    }

    [Theory]
    [InlineData("by mid-2025", "en")]
    [InlineData("d'ici à la mi-2025", "fr")]
    public void Scan_YearAfterAHyphen_IsADateNotANegativeNumber(string text, string language)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2024, 6, 12)));
        Assert.Equal(ExpressionKind.Date, e.Kind);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (e.Range!.Value.Start, e.Range!.Value.End));
    }

    [Theory]
    [InlineData("one and a half billion", "en", 1_500_000_000)]
    [InlineData("half a million", "en", 500_000)]
    [InlineData("three quarters", "en", 0.75)]
    [InlineData("trois quarts", "fr", 0.75)]
    [InlineData("ثلاثة أرباع", "ar", 0.75)]
    [InlineData("ثلاثة أخماس", "ar", 0.6)]
    [InlineData("درجة الحرارة سالب ٥", "ar", -5)]
    public void Scan_FractionsOfNumbersAndScales_AreOneNumber(string text, string language, decimal value)
    {
        var e = Assert.Single(Scan(text, language));
        Assert.Equal((ExpressionKind.Number, value), (e.Kind, Math.Round(e.Value!.Value, 6)));
    }

    [Fact]
    public void Scan_QuarterAfterTheArticle_IsAPeriodNotAFraction()
    {
        var e = Assert.Single(Scan("net income fell 27% in the quarter to $254 million", "en"), x => x.Kind == ExpressionKind.Money);
        Assert.Equal(((decimal?)254_000_000m, (decimal?)null), (e.Value, e.ValueMax));
    }

    [Theory]
    [InlineData("The club paid 361 million pounds for the stadium.", "en", ExpressionKind.Money, "GBP")]
    [InlineData("Le club a payé 361 millions de livres.", "fr", ExpressionKind.Money, "GBP")]
    [InlineData("The plant recalled 2 million pounds of beef.", "en", ExpressionKind.Quantity, "pound")]
    public void Scan_Pounds_AreMoneyUnlessAWeightOfSomething(string text, string language, ExpressionKind kind, string unit)
    {
        var e = Assert.Single(Scan(text, language));
        Assert.Equal((kind, unit), (e.Kind, e.Unit));
    }

    [Theory]
    [InlineData("Passover 2018", "en", "2018-03-31", "2018-04-07")]
    [InlineData("Hanoucca 2013", "fr", "2013-11-28", "2013-12-05")]
    [InlineData("Ramadan 2018", "en", "2018-05-16", "2018-06-14")]
    [InlineData("رمضان 2019", "ar", "2019-05-06", "2019-06-03")]
    public void Scan_FestivalsAndHijriMonths_AreSpansOfDays(string text, string language, string start, string end)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2013, 2, 12)));
        Assert.Equal((DateGranularity.Range, DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), (e.Granularity, e.Range!.Value.Start, e.Range!.Value.End));
    }

    [Theory]
    [InlineData("Yom Kippur 2018", "en", "2018-09-19")]
    [InlineData("Chinese New Year 2018", "en", "2018-02-16")]
    [InlineData("nouvel an chinois 2024", "fr", "2024-02-10")]
    [InlineData("Orthodox Easter 2018", "en", "2018-04-08")]
    [InlineData("Black Friday 2017", "en", "2017-11-24")]
    [InlineData("عيد الفصح الأرثوذكسي 2025", "ar", "2025-04-20")]
    public void Scan_HolidaysOfOtherCalendars_AreTheirDay(string text, string language, string day)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2013, 2, 12)));
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), e.Range!.Value.Start);
    }

    [Theory]
    [InlineData("the 1973 Yom Kippur war", "en")]
    [InlineData("la guerre du Kippour", "fr")]
    public void Scan_WarNamedAfterAHoliday_IsNoDate(string text, string language) =>
        Assert.DoesNotContain(Scan(text, language, new DateOnly(2013, 2, 12)), e => e.Text.Contains("Kippur", StringComparison.Ordinal) || e.Text.Contains("Kippour", StringComparison.Ordinal));

    [Fact]
    public void Scan_MassInKilograms_IsReportedInGrams()
    {
        var e = Assert.Single(Scan("0.5 kg of rice", "en"));
        Assert.Equal(ExpressionKind.Quantity, e.Kind);
        Assert.Equal(500m, e.Value);
        Assert.Equal("gram", e.Unit);
    }

    [Fact]
    public void Scan_MoneyWithCents_AddsTheCents()
    {
        var e = Assert.Single(Scan("20 دولار و43 سنت", "ar"));
        Assert.Equal(ExpressionKind.Money, e.Kind);
        Assert.Equal(20.43m, e.Value);
        Assert.Equal("USD", e.Unit);
    }

    [Theory]
    [InlineData("a dollar and 15 cents", "en", 1.15)]
    [InlineData("un euro et 20 centimes", "fr", 1.20)]
    public void Scan_ArticleAmountWithCents_IsOneAmount(string text, string language, decimal value)
    {
        var e = Assert.Single(Scan(text, language));
        Assert.Equal((ExpressionKind.Money, value), (e.Kind, e.Value));
    }

    [Fact]
    public void Scan_DateNumbers_AreReportedOnlyAsTheDate()
    {
        var e = Assert.Single(Scan("الاثنين 18 شباط", "ar", new DateOnly(2013, 2, 12)));
        Assert.Equal(ExpressionKind.Date, e.Kind);
        Assert.Equal(new DateOnly(2013, 2, 18), e.Range!.Value.Start);
    }

    [Fact]
    public void Scan_EidAlAdha_IsConvertedFromTheHijriCalendar()
    {
        var e = Assert.Single(Scan("عيد الأضحى 2013", "ar", new DateOnly(2013, 2, 12)));
        Assert.Equal(new DateOnly(2013, 10, 15), e.Range!.Value.Start);
    }

    [Fact]
    public void Scan_WordWithoutNumber_YieldsNothing() => Assert.Empty(Scan("جمهور", "ar"));

    [Theory]
    [InlineData("the 1st of march", "en", "2013-03-01")]
    [InlineData("march 3 2015", "en", "2015-03-03")]
    [InlineData("next tuesday", "en", "2013-02-19")]
    [InlineData("third tuesday of september 2014", "en", "2014-09-16")]
    public void Scan_LowercaseEnglishNames_AreDatesInALoneExpression(string text, string language, string day) =>
        AssertSingleDay(text, language, day);

    [Theory]
    [InlineData("in a week", "en", "2013-02-19")]
    [InlineData("dans 3 jours", "fr", "2013-02-15")]
    [InlineData("بعد أسبوعين", "ar", "2013-02-26")]
    [InlineData("new year's day", "en", "2014-01-01")]
    [InlineData("halloween", "en", "2013-10-31")]
    [InlineData("la Saint-Valentin", "fr", "2013-02-14")]
    public void Scan_ForwardCountsAndHolidays_AreTheComingDay(string text, string language, string day) =>
        AssertSingleDay(text, language, day);

    [Theory]
    [InlineData("tuesday", "en", "2013-02-19")]
    [InlineData("mardi", "fr", "2013-02-19")]
    [InlineData("friday", "en", "2013-02-15")]
    public void Scan_LoneWeekday_IsTheComingOneNextWeekOnThatDay(string text, string language, string day) =>
        AssertSingleDay(text, language, day);

    [Theory]
    [InlineData("early March", "en", "2013-03-01", "2013-03-10")]
    [InlineData("at the end of April", "en", "2013-04-21", "2013-04-30")]
    [InlineData("في أواخر شهر مارس", "ar", "2013-03-21", "2013-03-31")]
    public void Scan_PartOfAMonth_IsItsThird(string text, string language, string start, string end)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2013, 2, 12)));
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (e.Range!.Value.Start, e.Range!.Value.End));
    }

    [Theory]
    [InlineData("last 2 days", "2013-02-10", "2013-02-11")]
    [InlineData("next three days", "2013-02-13", "2013-02-15")]
    public void Scan_CountedDaysBeforeOrAfter_LeaveTheReferenceDayOut(string text, string start, string end)
    {
        var e = Assert.Single(Scan(text, "en", new DateOnly(2013, 2, 12)), x => x.Kind == ExpressionKind.Date);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (e.Range!.Value.Start, e.Range!.Value.End));
    }

    [Theory]
    [InlineData("the end of the month", "en", "2013-02-21", "2013-02-28")]
    [InlineData("beginning of next week", "en", "2013-02-18", "2013-02-20")]
    [InlineData("en fin de semaine", "fr", "2013-02-14", "2013-02-17")]
    public void Scan_PartOfAWeekOrMonth_IsThePeerParsersSpan(string text, string language, string start, string end)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2013, 2, 12)), x => x.Kind == ExpressionKind.Date);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (e.Range!.Value.Start, e.Range!.Value.End));
    }

    // One date in the expression, starting on the given day, against Duckling's reference day (a Tuesday).
    private static void AssertSingleDay(string text, string language, string day)
    {
        var e = Assert.Single(Scan(text, language, new DateOnly(2013, 2, 12)));
        Assert.Equal(ExpressionKind.Date, e.Kind);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), e.Range!.Value.Start);
    }
}
