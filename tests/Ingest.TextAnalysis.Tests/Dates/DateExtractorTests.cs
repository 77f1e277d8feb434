using Ingest.TextAnalysis.Dates;

namespace Ingest.TextAnalysis.Tests.Dates;

public sealed class DateExtractorTests
{
    private static IReadOnlyList<DateMention> Dates(string text, string language, DateOnly? reference) =>
        DateExtractor.Extract(AnalysisDocument.Create(text, language, reference));

    private static DateMention Single(string text, string language, string reference = "2024-06-12") =>
        Assert.Single(Dates(text, language, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));

    private static void AssertRange(DateMention date, string start, string end, DateGranularity granularity) => DateAssert.Range(date, start, end, granularity);

    [Theory]
    [InlineData("وصل الوفد في 14 يناير 2024 إلى القاهرة.", "2024-01-14")]
    [InlineData("وصل الوفد في 14 كانون الثاني 2024 إلى دمشق.", "2024-01-14")]
    [InlineData("وصل الوفد في 14 جانفي 2024 إلى الجزائر.", "2024-01-14")]
    [InlineData("عقدت القمة يوم 3 تشرين الأول 2023 في بغداد.", "2023-10-03")]
    [InlineData("افتتح المعرض في 9 أوت 2022 بتونس.", "2022-08-09")]
    [InlineData("نشر التقرير بتاريخ 24/5/2023 على موقع الوزارة.", "2023-05-24")]
    [InlineData("نشر التقرير بتاريخ ٢٠٢٣/٥/٢٤ على موقع الوزارة.", "2023-05-24")]
    [InlineData("The talks opened on May 24, 2023 in Geneva.", "2023-05-24")]
    [InlineData("Les discussions ont commencé le 24 mai 2023 à Genève.", "2023-05-24")]
    [InlineData("Filed 2023-05-24 by the registry.", "2023-05-24")]
    public void Extract_AbsoluteDays_InEverySeries(string text, string day) =>
        AssertRange(Single(text, text.Any(char.IsAsciiLetterLower) ? (text.Contains("Les") ? "fr" : "en") : "ar"), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("تراجعت الأسعار في مارس / آذار الماضي.")]
    [InlineData("تراجعت الأسعار في مارس (آذار) الماضي.")]
    [InlineData("تراجعت الأسعار في مارس/آذار الماضي.")]
    public void Extract_DoubleMonthForm_IsOneMonth(string text)
    {
        var date = Single(text, "ar");
        AssertRange(date, "2024-03-01", "2024-03-31", DateGranularity.Month);
        Assert.StartsWith("مارس", date.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The central bank expects to cut rates in mid-March, its governor said.", "en", "2024-03-01", "2024-03-31", DateGranularity.Month)]
    [InlineData("Exports fell sharply at end-June 2023, the ministry said.", "en", "2023-06-01", "2023-06-30", DateGranularity.Month)]
    [InlineData("La banque centrale prévoit une baisse des taux à la mi-mars.", "fr", "2024-03-01", "2024-03-31", DateGranularity.Month)]
    [InlineData("The new line should open by mid-2025, officials said.", "en", "2025-01-01", "2025-12-31", DateGranularity.Year)]
    [InlineData("Le chantier doit s'achever à la mi-2026.", "fr", "2026-01-01", "2026-12-31", DateGranularity.Year)]
    public void Extract_HyphenatedPartOfPeriod_NamesTheWholePeriod(string text, string language, string start, string end, DateGranularity granularity) =>
        AssertRange(Single(text, language), start, end, granularity);

    [Theory]
    [InlineData("وعقد الاجتماع في 22/04 بمقر الوزارة.", "ar", "2024-04-22")]
    [InlineData("La réunion du 21/05 a été reportée.", "fr", "2024-05-21")]
    [InlineData("The vote was held on 4/22 in the capital.", "en", "2024-04-22")]
    public void Extract_DayAndMonthWithoutYear_IsADay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("Sales peaked in 03/2023.", "en", "2023-03-01", "2023-03-31")]
    [InlineData("Le rapport couvre la période 2014/10.", "fr", "2014-10-01", "2014-10-31")]
    public void Extract_MonthAndYearInDigits_IsAMonth(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Month);

    [Theory]
    [InlineData("Nearly 2/3 of voters backed the plan.")]
    [InlineData("The hotline is open 24/7 for families.")]
    [InlineData("The reforms are part of Saudi Vision 2030, the minister said.")]
    public void Extract_FractionOrIdiomWithoutCue_IsNoDate(string text) =>
        Assert.Empty(Dates(text, "en", new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("قال الرئيس الجمعة إن المفاوضات ستستأنف.", "2024-06-07")]
    [InlineData("وأعلنت الوزارة، الجمعة، عن خطة جديدة.", "2024-06-07")]
    public void Extract_ArabicFridayWithTheArticle_IsTheDay(string text, string day) =>
        AssertRange(Single(text, "ar"), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_YearInAPlansName_IsNoDate() =>
        Assert.Empty(Dates("وقال الوزير إن المملكة ماضية في تنفيذ رؤية 2030.", "ar", new DateOnly(2025, 5, 20)));

    [Fact]
    public void Extract_FridayPrayer_IsNoDate() =>
        Assert.Empty(Dates("وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى.", "ar", new DateOnly(2024, 6, 12)));

    [Fact]
    public void Extract_QuarterNotYetStarted_IsLastYears()
    {
        var date = Single("The economy grew by 0.1% in the fourth quarter, the statistics office said.", "en", "2025-02-06");
        AssertRange(date, "2024-10-01", "2024-12-31", DateGranularity.Quarter);
    }

    [Theory]
    [InlineData("Inflation has not been this high since the 1990s.", "en", 1990)]
    [InlineData("Le pays n'avait pas connu une telle crise depuis les années 80.", "fr", 1980)]
    [InlineData("لم تشهد البلاد أزمة مماثلة منذ تسعينيات القرن الماضي.", "ar", 1990)]
    [InlineData("ويتوقع أن يتضاعف الطلب في ثلاثينيات القرن الحالي.", "ar", 2030)]
    public void Extract_Decade_IsItsTenYears(string text, string language, int first) =>
        AssertRange(Single(text, language), $"{first}-01-01", $"{first + 9}-12-31", DateGranularity.Range);

    [Fact]
    public void Extract_DaySpanWithTheBeforeEachDay_IsOneSpan() =>
        AssertRange(Single("The festival runs from the 13th to the 15th of July.", "en"), "2024-07-13", "2024-07-15", DateGranularity.Range);

    [Theory]
    [InlineData("Le festival aura lieu du samedi 13 au dimanche 15 juillet à Avignon.", "fr", "2024-07-13", "2024-07-15")]
    [InlineData("Les soldes se tiendront du lundi 1er au mercredi 10 juillet.", "fr", "2024-07-01", "2024-07-10")]
    [InlineData("La récolte commence dans la première quinzaine d'avril.", "fr", "2024-04-01", "2024-04-14")]
    [InlineData("Les travaux reprendront dans la seconde quinzaine de septembre 2024.", "fr", "2024-09-15", "2024-09-30")]
    public void Extract_FrenchSpansOfDays_AreOneSpan(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Range);

    [Theory]
    [InlineData("Revenues fell sharply, President Abdel Fattah al-Sisi said in December.", "en", "2024-12-01")]
    [InlineData("Le président a déclaré en décembre que la réforme serait adoptée.", "fr", "2024-12-01")]
    [InlineData("Elections will be held in November, the commission said.", "en", "2025-11-01")]
    [InlineData("The new tariff takes effect in September.", "en", "2025-09-01")]
    public void Extract_LaterMonthAfterAPastVerb_IsLastYears(string text, string language, string first) =>
        Assert.Equal(first, Single(text, language, "2025-07-15").Range!.Value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("وتنتهي المهلة في 27 من الشهر الجاري.", "ar", "2025-03-27")]
    [InlineData("وصل الوفد في العاشر من الشهر الماضي.", "ar", "2025-02-10")]
    [InlineData("The deal was signed on the 27th of last month.", "en", "2025-02-27")]
    [InlineData("L'accord a été signé le 27 du mois dernier.", "fr", "2025-02-27")]
    public void Extract_DayOfARelativeMonth_IsThatDay(string text, string language, string day) =>
        AssertRange(Single(text, language, "2025-03-12"), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_WeekdayAfterNextWeek_IsThatWeeksDay()
    {
        var dates = Dates("سيزور الوزير القاهرة الأسبوع المقبل يوم الجمعة.", "ar", new DateOnly(2025, 3, 12));
        var friday = Assert.Single(dates, d => d.Granularity == DateGranularity.Day);
        Assert.Equal(new DateOnly(2025, 3, 21), friday.Range!.Value.Start);
    }

    [Fact]
    public void Extract_QuarterAfterDIci_IsTheComingOne() =>
        AssertRange(Single("La production passe à 100 000 barils par jour d'ici le troisième trimestre.", "fr", "2025-04-03"), "2025-07-01", "2025-09-30", DateGranularity.Quarter);

    [Fact]
    public void Extract_FiscalYearAcrossTwoYears_IsBothYears() =>
        AssertRange(Single("Tourism receipts rose to a record in the 2023/24 fiscal year.", "en"), "2023-01-01", "2024-12-31", DateGranularity.Range);

    [Fact]
    public void Extract_MaundyThursday_IsNoPlainThursday() =>
        AssertRange(Single("Pilgrims gathered in Jerusalem on Maundy Thursday.", "en", "2024-04-10"), "2024-03-28", "2024-03-28", DateGranularity.Day);

    [Fact]
    public void Extract_LowercaseMidMay_IsNoEnglishDate() =>
        Assert.Empty(Dates("The mid-may rally faded.", "en", new DateOnly(2024, 6, 12)));

    [Fact]
    public void Extract_MonthAfterSince_IsInThePast()
    {
        var date = Single("يسيطر التنظيم على المدينة منذ نيسان/أبريل.", "ar", "2024-03-05");
        AssertRange(date, "2023-04-01", "2023-04-30", DateGranularity.Month);
    }

    [Fact]
    public void Extract_MonthWithNext_IsTheComingOne()
    {
        var date = Single("تبدأ المفاوضات في شهر كانون الثاني المقبل.", "ar", "2024-11-20");
        AssertRange(date, "2025-01-01", "2025-01-31", DateGranularity.Month);
    }

    [Fact]
    public void Extract_HijriDate_IsConvertedToGregorian()
    {
        // 1 Ramadan 1445 AH is 11 March 2024 in the Umm al-Qura calendar.
        var date = Single("يبدأ الصيام في 1 رمضان 1445 هـ في معظم الدول.", "ar");
        AssertRange(date, "2024-03-11", "2024-03-11", DateGranularity.Day);
    }

    [Theory]
    [InlineData("قال الوزير أمس إن المحادثات مستمرة.", "ar", "2024-06-11", "2024-06-11", DateGranularity.Day)]
    [InlineData("يصل الوفد غدا إلى عمان.", "ar", "2024-06-13", "2024-06-13", DateGranularity.Day)]
    [InlineData("تراجعت الصادرات الشهر الماضي.", "ar", "2024-05-01", "2024-05-31", DateGranularity.Month)]
    [InlineData("نما الاقتصاد العام الماضي.", "ar", "2023-01-01", "2023-12-31", DateGranularity.Year)]
    [InlineData("The minister resigned last week.", "en", "2024-06-03", "2024-06-09", DateGranularity.Week)]
    [InlineData("Le ministre a démissionné hier.", "fr", "2024-06-11", "2024-06-11", DateGranularity.Day)]
    [InlineData("L'économie a progressé l'an dernier.", "fr", "2023-01-01", "2023-12-31", DateGranularity.Year)]
    [InlineData("وقال المسؤول إن الأسعار سترتفع الشهر الجاي.", "ar", "2024-07-01", "2024-07-31", DateGranularity.Month)]
    public void Extract_RelativeWords_ResolveAgainstTheReference(string text, string language, string start, string end, DateGranularity granularity) =>
        AssertRange(Single(text, language), start, end, granularity);

    [Theory]
    [InlineData("التقى الرئيس نظيره يوم الاثنين في القصر.", "ar", "2024-06-10")]
    [InlineData("The delegation left Pakistan on Thursday night.", "en", "2024-06-06")]
    [InlineData("Le président a signé la loi mercredi.", "fr", "2024-06-12")]
    public void Extract_Weekday_IsTheLatestOnOrBeforeTheReference(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_UndatedArticle_LeavesRelativeDatesUnresolved()
    {
        var date = Assert.Single(Dates("أعلن الوزير اليوم الثلاثاء عن الخطة.", "ar", null));
        Assert.Null(date.Range);
        Assert.Equal(DateGranularity.Day, date.Granularity);
    }

    [Theory]
    [InlineData("تراجع العجز خلال النصف الأول من عام 2016.", "ar", "2016-01-01", "2016-06-30", DateGranularity.Range)]
    [InlineData("نمت الأرباح في الربع الثالث من العام الماضي.", "ar", "2023-07-01", "2023-09-30", DateGranularity.Quarter)]
    [InlineData("Profits rose in the first quarter of 2023.", "en", "2023-01-01", "2023-03-31", DateGranularity.Quarter)]
    [InlineData("The delegation stayed from March 3 to April 7.", "en", "2024-03-03", "2024-04-07", DateGranularity.Range)]
    [InlineData("Le programme quinquennal (2010-2014) a été adopté.", "fr", "2010-01-01", "2014-12-31", DateGranularity.Range)]
    [InlineData("وصل عدد السكان إلى مليونين في عام 2022.", "ar", "2022-01-01", "2022-12-31", DateGranularity.Year)]
    public void Extract_SpansAndYears_HaveTheirGranularity(string text, string language, string start, string end, DateGranularity granularity) =>
        AssertRange(Dates(text, language, new DateOnly(2024, 6, 12)).Single(d => d.Granularity == granularity), start, end, granularity);

    [Theory]
    [InlineData("استمرت الحرب ثلاث سنوات.", "ar")]
    [InlineData("The meeting started at 10:30 and lasted three years of talks.", "en")]
    public void Extract_DurationsAndClockTimes_AreNotDates(string text, string language) =>
        Assert.Empty(Dates(text, language, new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("ستجري الانتخابات في ثالث ثلاثاء من أيلول 2024.", "ar", "2024-09-17")]
    [InlineData("يعقد المجلس جلسته في أول أحد من الشهر المقبل.", "ar", "2024-07-07")]
    [InlineData("تنتهي المهلة في آخر خميس من شهر أكتوبر.", "ar", "2024-10-31")]
    [InlineData("يصرف الدعم في اليوم الأخير من شهر آب.", "ar", "2024-08-31")]
    [InlineData("ويعقد الاجتماع الاثنين الأخير من شهر أيار المقبل.", "ar", "2025-05-26")]
    [InlineData("The vote is set for the third Tuesday of September 2024.", "en", "2024-09-17")]
    [InlineData("The summit opens on the last Monday of March next year.", "en", "2025-03-31")]
    [InlineData("Le sommet aura lieu le premier lundi de juillet.", "fr", "2024-07-01")]
    [InlineData("Les paiements cessent le dernier jour de décembre.", "fr", "2024-12-31")]
    public void Extract_WeekdayCountedInAMonth_IsThatDay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("تبدأ المحادثات يوم الثلاثاء الثالث من سبتمبر في جنيف.", "2019-08-20", "2019-09-03")]
    [InlineData("تبدأ المحادثات الأربعاء الثانية من أكتوبر 2014 في جنيف.", "2014-09-20", "2014-10-08")]
    public void Extract_WeekdayThenOrdinal_IsTheDayOfMonthWhenItIsThatWeekdayElseTheCountedWeekday(string text, string reference, string day) =>
        AssertRange(Single(text, "ar", reference), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_LastFridayOfHijriMonth_StaysInsideThatMonth()
    {
        // Ramadan 1445 ran from 11 March to 9 April 2024: its last Friday is 5 April, not a Friday of March.
        var date = Single("تقام الصلاة في آخر جمعة من شهر رمضان.", "ar", "2024-03-07");
        AssertRange(date, "2024-04-05", "2024-04-05", DateGranularity.Day);
    }

    [Fact]
    public void Extract_FifthWeekdayTheMonthLacks_IsNotADay()
    {
        // February 2024 has four Tuesdays: no day of February is made up, the month is still found.
        var dates = Dates("The plan starts on the fifth Tuesday of February 2024.", "en", new DateOnly(2024, 1, 10));
        Assert.DoesNotContain(dates, d => d.Text.Contains("fifth", StringComparison.Ordinal) || d.Range is { } r && r.Start.Month == 2 && d.Granularity == DateGranularity.Day);
        AssertRange(Assert.Single(dates, d => d.Text == "February 2024"), "2024-02-01", "2024-02-29", DateGranularity.Month);
    }

    [Theory]
    [InlineData("وصل الوفد إلى القاهرة منذ أسبوع.", "ar", "2024-03-07", "2024-02-29")]
    [InlineData("بدأ الإضراب منذ يومين في الميناء.", "ar", "2024-03-07", "2024-03-05")]
    [InlineData("The delegation arrived three days ago.", "en", "2024-03-07", "2024-03-04")]
    [InlineData("A week ago, the minister resigned.", "en", "2024-03-07", "2024-02-29")]
    [InlineData("Il y a deux jours, le ministre a démissionné.", "fr", "2024-03-07", "2024-03-05")]
    public void Extract_CountBackFromTheReference_IsThatDay(string text, string language, string reference, string day) =>
        AssertRange(Single(text, language, reference), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("يعمل في الشركة منذ ثلاث سنوات.", "ar")]
    [InlineData("استمر الحصار أكثر من أسبوع.", "ar")]
    [InlineData("The repairs will take 2 weeks.", "en")]
    [InlineData("Il y a trois blessés selon la police.", "fr")]
    public void Extract_DurationsWithoutAnAnchor_AreNotDates(string text, string language) =>
        Assert.Empty(Dates(text, language, new DateOnly(2024, 3, 7)));

    [Theory]
    [InlineData("The bank reported first-quarter profit of $2 billion.", "2024-01-01", "2024-03-31", DateGranularity.Quarter)]
    [InlineData("Sales rose in the April-June quarter.", "2024-04-01", "2024-06-30", DateGranularity.Quarter)]
    [InlineData("Exports fell over the January-May period.", "2024-01-01", "2024-05-31", DateGranularity.Range)]
    public void Extract_HyphenatedPeriod_IsThatPeriod(string text, string start, string end, DateGranularity granularity)
    {
        AssertRange(Single(text, "en"), start, end, granularity);
    }

    [Fact]
    public void Extract_ArabicDualYearNounAfterBetween_IsARange()
    {
        AssertRange(Single("وتراجع الإنتاج بين عامي 2015 و2020 بشكل حاد.", "ar"), "2015-01-01", "2020-12-31", DateGranularity.Range);
    }

    [Theory]
    [InlineData("تضاعف الإنتاج من عام 2015 إلى عام 2020.", "ar")]
    [InlineData("تضاعف الإنتاج من عام 2015 وحتى 2020.", "ar")]
    [InlineData("De l'année 2015 à 2020, la production a doublé.", "fr")]
    public void Extract_YearWithItsNounToAnotherYear_IsARange(string text, string language)
    {
        AssertRange(Single(text, language), "2015-01-01", "2020-12-31", DateGranularity.Range);
    }

    [Fact]
    public void Extract_YearWithItsNounBeforeAConjunction_IsOnlyThatYear()
    {
        AssertRange(Single("بدأ التراجع من عام 2015 واستمر.", "ar"), "2015-01-01", "2015-12-31", DateGranularity.Year);
    }

    [Theory]
    [InlineData("تراجعت الأرباح للربع الرابع من عام 2024.", "2024-10-01", "2024-12-31")]
    [InlineData("وتحسن الأداء بالربع الثالث من عام 2023.", "2023-07-01", "2023-09-30")]
    [InlineData("والربع الثاني من عام 2022 كان الأضعف.", "2022-04-01", "2022-06-30")]
    public void Extract_ArabicQuarterBehindAProclitic_IsThatQuarter(string text, string start, string end)
    {
        AssertRange(Single(text, "ar"), start, end, DateGranularity.Quarter);
    }

    [Theory]
    [InlineData("استقبل الرئيس التركي رجب طيب أردوغان نظيره في أنقرة.", "ar")]
    [InlineData("Le député Ramadan Abdelkader a quitté la séance.", "fr")]
    public void Extract_MonthInsideAName_IsNoDate(string text, string language)
    {
        var document = AnalysisDocument.Create(text, language, new DateOnly(2024, 6, 12));
        Assert.Empty(DateExtractor.Extract(document, Ingest.TextAnalysis.Entities.EntityRecognizer.Recognize(document)));
    }

    [Fact]
    public void Extract_ArabicSecondYearAfterConjunction_IsAYear()
    {
        var dates = Dates("وارتفعت الصادرات خلال عامي 2022 و2023.", "ar", new DateOnly(2024, 3, 20));
        Assert.Equal([2022, 2023], dates.Select(d => d.Range!.Value.Start.Year));
    }

    [Fact]
    public void Extract_ColloquialFromAWeek_IsAWeekAgo()
    {
        AssertRange(Single("وصل الوفد من أسبوع وما زال ينتظر.", "ar"), "2024-06-05", "2024-06-05", DateGranularity.Day);
    }

    [Theory]
    [InlineData("انتهت المفاوضات في أقل من أسبوع.")]
    [InlineData("تتغير الأسعار من يوم لآخر.")]
    public void Extract_FromAWeekAsALength_IsNoDate(string text)
    {
        Assert.Empty(Dates(text, "ar", new DateOnly(2024, 6, 12)));
    }

    [Theory]
    [InlineData("A delegation will travel to Doha on Thursday.", "en", "2024-06-13")]
    [InlineData("The delegation travelled to Doha on Thursday.", "en", "2024-06-06")]
    [InlineData("ومن المقرر أن يزور الوفد القاهرة يوم الخميس.", "ar", "2024-06-13")]
    [InlineData("Le ministre se rendra jeudi à Alger.", "fr", "2024-06-13")]
    public void Extract_BareWeekdayInAFutureSentence_IsTheNextOne(string text, string language, string day)
    {
        AssertRange(Single(text, language), day, day, DateGranularity.Day);
    }

    [Theory]
    [InlineData("Profit rose in the third quarter of 2023, the bank said.", "en", "2023-07-01", "2023-09-30")]
    [InlineData("Le chiffre d'affaires a reculé au troisième trimestre de 2023.", "fr", "2023-07-01", "2023-09-30")]
    [InlineData("Sales fell 4% in Q3 2023 from a year earlier.", "en", "2023-07-01", "2023-09-30")]
    [InlineData("Les ventes ont reculé de 4% au T3 2023.", "fr", "2023-07-01", "2023-09-30")]
    [InlineData("Revenue reached $2 billion in the 4th quarter 2023.", "en", "2023-10-01", "2023-12-31")]
    public void Extract_QuarterWithItsYear_IsThatYearsQuarter(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Quarter);

    [Theory]
    [InlineData("Output in Q5 was unchanged.", "en")]
    [InlineData("The Q3 engine was unveiled in Munich.", "de")]
    public void Extract_LetterAndDigitThatIsNoQuarter_IsNoDate(string text, string language) =>
        Assert.Empty(Dates(text, language, new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("The talks will resume in two weeks in Geneva.", "en", "2024-06-26")]
    [InlineData("Le sommet se tiendra dans trois jours à Alger.", "fr", "2024-06-15")]
    [InlineData("ومن المقرر أن تستأنف المحادثات بعد أسبوعين في القاهرة.", "ar", "2024-06-26")]
    [InlineData("The results will be published two weeks from now.", "en", "2024-06-26")]
    public void Extract_CountForwardInAFutureSentence_IsThatDay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("Prices doubled in two weeks as the currency fell.", "en")]
    [InlineData("Les prix ont doublé dans trois jours de panique.", "fr")]
    [InlineData("وبعد يومين من الاجتماع أعلنت الحكومة خطتها.", "ar")]
    public void Extract_CountForwardInThePastOrTiedToAnEvent_IsNoDate(string text, string language) =>
        Assert.Empty(Dates(text, language, new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("Shops closed on Christmas Day.", "en", "2023-12-25")]
    [InlineData("Les commerces ont fermé à Noël.", "fr", "2023-12-25")]
    [InlineData("The retailer will hire more staff before Thanksgiving.", "en", "2024-11-28")]
    [InlineData("Les marchés ont chuté le lundi de Pâques.", "fr", "2024-04-01")]
    [InlineData("احتفلت الأسر بعيد الأم في القاهرة.", "ar", "2024-03-21")]
    public void Extract_HolidayWithoutYear_IsTheLastOneUnlessTheSentenceLooksAhead(string text, string language, string day) =>
        AssertRange(Single(text, language, "2024-06-12"), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_HolidayThatIsAlsoAName_IsNoDate() =>
        Assert.Empty(Dates("Le ministre Jean Toussaint a reçu Noël Le Graët à Paris.", "fr", new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("Trading resumed after last Thanksgiving.", "en", "2023-11-23")]
    [InlineData("La ville a été inondée à la Toussaint dernière.", "fr", "2023-11-01")]
    [InlineData("Labor Day 2022 drew record crowds.", "en", "2022-09-05")]
    public void Extract_HolidayWithNextLastOrYear_IsThatOne(string text, string language, string day) =>
        AssertRange(Single(text, language, "2024-06-12"), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("Margins improved this quarter, the company said.", "en", "2024-04-01", "2024-06-30", DateGranularity.Quarter)]
    [InlineData("Les ventes ont reculé le trimestre dernier.", "fr", "2024-01-01", "2024-03-31", DateGranularity.Quarter)]
    [InlineData("ارتفعت الصادرات خلال الربع الماضي.", "ar", "2024-01-01", "2024-03-31", DateGranularity.Quarter)]
    [InlineData("Sales fell in the last quarter of 2023.", "en", "2023-10-01", "2023-12-31", DateGranularity.Quarter)]
    [InlineData("Exports rose over the current year.", "en", "2024-01-01", "2024-12-31", DateGranularity.Year)]
    public void Extract_RelativeQuartersAndYears_CountFromTheReference(string text, string language, string start, string end, DateGranularity granularity) =>
        AssertRange(Single(text, language), start, end, granularity);

    [Fact]
    public void Extract_PreviousYear_CountsFromTheStoryNotTheReference() =>
        Assert.Empty(Dates("Spending rose 11% over the previous year.", "en", new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("Le marché ferme le dernier jour d'octobre 2023.", "fr", "2023-10-31")]
    [InlineData("Le vote a eu lieu le premier mardi d'octobre 2023.", "fr", "2023-10-03")]
    [InlineData("The fair opened on the third day of October 2023.", "en", "2023-10-03")]
    [InlineData("La foire a ouvert le 3e jour d'octobre 2023.", "fr", "2023-10-03")]
    [InlineData("Les prix ont baissé le 15 fév 2024.", "fr", "2024-02-15")]
    public void Extract_DaysCountedInAMonthAndElidedMonths_AreThatDay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("The envoy arrives on Wednesday of next week.", "en", "2024-06-19")]
    [InlineData("Le ministre est arrivé dimanche de la semaine dernière.", "fr", "2024-06-09")]
    [InlineData("The vote is due Tuesday this week.", "en", "2024-06-11")]
    public void Extract_WeekdayOfARelativeWeek_IsThatWeeksDay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("The plant closed last March.", "en", "2024-03-01", "2024-03-31")]
    [InlineData("The plant will reopen next January.", "en", "2025-01-01", "2025-01-31")]
    public void Extract_MonthAfterNextOrLast_IsTheNextOrTheLastOne(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Month);

    [Theory]
    [InlineData("The ceasefire began on March first, 2024.", "2024-03-01")]
    [InlineData("The ceasefire began on March third.", "2024-03-03")]
    public void Extract_MonthAndOrdinalWord_IsThatDay(string text, string day) =>
        AssertRange(Single(text, "en"), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_MonthBeforeAnOrdinalThatStartsAPhrase_IsTheMonth() =>
        AssertRange(Single("In May the first shipment left Mombasa.", "en"), "2024-05-01", "2024-05-31", DateGranularity.Month);

    [Theory]
    [InlineData("The summit runs July 13-15 in Nairobi.", "en", "2024-07-13", "2024-07-15")]
    [InlineData("The fair runs from 12 to 16 September 2023.", "en", "2023-09-12", "2023-09-16")]
    [InlineData("The talks were held August 27th - 29th, 2023.", "en", "2023-08-27", "2023-08-29")]
    [InlineData("Le salon se tient du 1er au 8 septembre 2023.", "fr", "2023-09-01", "2023-09-08")]
    [InlineData("Le festival a lieu entre le 13 et le 15 juillet 2023.", "fr", "2023-07-13", "2023-07-15")]
    [InlineData("Les grèves ont duré 13-15 juillet 2023.", "fr", "2023-07-13", "2023-07-15")]
    [InlineData("عقد المؤتمر بين 13 و15 يوليو 2023 في تونس.", "ar", "2023-07-13", "2023-07-15")]
    [InlineData("The strike lasted from Aug 8 - Aug 12, 2023.", "en", "2023-08-08", "2023-08-12")]
    [InlineData("The vote will take place between July 13 and 15, 2023.", "en", "2023-07-13", "2023-07-15")]
    [InlineData("Le sommet se tiendra à Rabat 13 juillet au 15 juillet 2023.", "fr", "2023-07-13", "2023-07-15")]
    [InlineData("The holiday closure runs 28 December - 3 January 2024.", "en", "2023-12-28", "2024-01-03")]
    [InlineData("تقام الدورة من الثالث والعشرين وحتى السادس والعشرين من أكتوبر 2023 في الدوحة.", "ar", "2023-10-23", "2023-10-26")]
    [InlineData("يستمر المعرض من الأول إلى الخامس من نوفمبر 2023.", "ar", "2023-11-01", "2023-11-05")]
    public void Extract_SpanOfDays_IsOneRange(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Range);

    [Fact]
    public void Extract_ScoreBeforeADay_IsNoRange() =>
        AssertRange(Single("Kenya won 2-1 on 3 September 2023.", "en"), "2023-09-03", "2023-09-03", DateGranularity.Day);

    [Theory]
    [InlineData("Shipments resume in the first week of October 2024.", "en", "2024-10-07", "2024-10-13")]
    [InlineData("Les livraisons reprennent la dernière semaine de septembre 2024.", "fr", "2024-09-23", "2024-09-29")]
    [InlineData("تستأنف الشحنات في الأسبوع الأول من أكتوبر 2024.", "ar", "2024-10-07", "2024-10-13")]
    [InlineData("تستأنف الشحنات في أول أسبوع من أكتوبر 2024.", "ar", "2024-10-07", "2024-10-13")]
    [InlineData("انتهت المفاوضات في آخر أسبوع من سبتمبر 2024.", "ar", "2024-09-23", "2024-09-29")]
    [InlineData("Les livraisons reprennent dernière semaine de septembre 2024.", "fr", "2024-09-23", "2024-09-29")]
    public void Extract_WeekCountedInAMonth_IsAWholeWeekInsideIt(string text, string language, string start, string end) =>
        AssertRange(Single(text, language), start, end, DateGranularity.Week);

    [Theory]
    [InlineData("تجرى الانتخابات في ثالث ثلاثاء بعد عيد الميلاد 2024.", "ar", "2025-01-14")]
    [InlineData("The vote is set for the first Monday after March 3, 2025.", "en", "2025-03-10")]
    [InlineData("Le scrutin aura lieu le deuxième vendredi avant Noël 2024.", "fr", "2024-12-13")]
    public void Extract_WeekdayCountedFromADay_IsThatDay(string text, string language, string day) =>
        AssertRange(Single(text, language), day, day, DateGranularity.Day);

    [Theory]
    [InlineData("أقر البرلمان موازنة العام المالي 2025/2026 بعجز أقل.", "ar", "2025-01-01", "2026-12-31", DateGranularity.Range)]
    [InlineData("تراجع العجز خلال الثلاثي الثاني من سنة 2025 وفق المعهد الوطني للإحصاء.", "ar", "2025-04-01", "2025-06-30", DateGranularity.Quarter)]
    [InlineData("Deux civils ont été tués dans la nuit de dimanche à lundi à Goma.", "fr", "2024-06-09", "2024-06-10", DateGranularity.Range)]
    [InlineData("وقتل مدنيان ليلة الأحد إلى الاثنين في القصف.", "ar", "2024-06-09", "2024-06-10", DateGranularity.Range)]
    [InlineData("وتتوقع الحكومة خفض التضخم قبل نهاية العام.", "ar", "2024-01-01", "2024-12-31", DateGranularity.Year)]
    [InlineData("The central bank expects inflation to ease by the end of the year.", "en", "2024-01-01", "2024-12-31", DateGranularity.Year)]
    [InlineData("Les premières cargaisons sont attendues au deuxième trimestre.", "fr", "2025-04-01", "2025-06-30", DateGranularity.Quarter)]
    public void Extract_PeriodsOfNewsPhrasing_Resolve(string text, string language, string start, string end, DateGranularity granularity)
    {
        var reference = language == "fr" && text.Contains("cargaisons", StringComparison.Ordinal) ? "2025-01-28" : "2024-06-10";
        AssertRange(Single(text, language, reference), start, end, granularity);
    }

    [Theory]
    [InlineData("The new president will take office in January.", "en", "2024-12-10", "2025-01-01", "2025-01-31")]
    [InlineData("Analysts expect the bank to start cutting rates in the second half.", "en", "2025-05-28", "2025-07-01", "2025-12-31")]
    [InlineData("Les agences de notation, qui ont relevé la note du pays en septembre, restent prudentes.", "fr", "2026-03-17", "2025-09-01", "2025-09-30")]
    public void Extract_MonthOrHalfWithoutYear_FollowsTheTenseOfItsSentence(string text, string language, string reference, string start, string end)
    {
        var date = Single(text, language, reference);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            (date.Range!.Value.Start, date.Range!.Value.End));
    }

    [Theory]
    [InlineData("وعقد الاجتماع الثلاثي الأول بين الوزراء في عمان.")]
    [InlineData("وارتفع التضخم بنسبة 0.4 في المئة مقارنة بالشهر السابق.")]
    [InlineData("صدر المرسوم السلطاني رقم 1/2025 ضمن رؤية عمان 2040.")]
    public void Extract_TrilateralOrAComparedPeriod_IsNoDate(string text) =>
        Assert.Empty(Dates(text, "ar", new DateOnly(2024, 6, 12)));

    [Fact]
    public void Extract_LastWeekOfACampaign_IsNoDate() =>
        Assert.Empty(Dates("وصل المرشح إلى المدينة في آخر أسبوع من الحملة.", "ar", new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("وكان الوزير قد التقى الأحد في عمان نظيره الأردني.", "2024-06-09")]
    [InlineData("وقال المتحدث الاثنين إن المفاوضات ستستأنف.", "2024-06-10")]
    public void Extract_ArabicBareSundayOrMondayBeforeFiOrInna_IsTheWeekday(string text, string day) =>
        AssertRange(Single(text, "ar"), day, day, DateGranularity.Day);

    [Fact]
    public void Extract_ArabicTheOneBeforeANoun_IsNoWeekday() =>
        Assert.Empty(Dates("وأصبح الأحد أهم ملفات الحكومة.", "ar", new DateOnly(2024, 6, 12)));

    [Theory]
    [InlineData("Inflation fell to 24% in January from 34.8% in December.", "en", "2024-12-01", "2024-12-31")]
    [InlineData("تراجع التضخم إلى 24 في المئة مقابل 25.5 في المئة في نوفمبر/تشرين الثاني.", "ar", "2024-11-01", "2024-11-30")]
    [InlineData("L'inflation avait atteint 9 % en octobre.", "fr", "2024-10-01", "2024-10-31")]
    [InlineData("Elections will be held in December.", "en", "2025-12-01", "2025-12-31")]
    [InlineData("The summit opens in March in Cairo.", "en", "2025-03-01", "2025-03-31")]
    public void Extract_MonthWithoutYear_IsLastYearsWhenWellAheadOfAPastSentence(string text, string language, string start, string end)
    {
        var months = Dates(text, language, new DateOnly(2025, 2, 21)).Where(d => d.Granularity == DateGranularity.Month).ToList();
        AssertRange(months[^1], start, end, DateGranularity.Month);
    }

    [Theory]
    [InlineData("وارتفعت المبيعات في الربع الأخير من 2025.", "ar")]
    [InlineData("Les ventes ont progressé au dernier trimestre 2025.", "fr")]
    [InlineData("Sales rose in the last quarter of 2025.", "en")]
    public void Extract_LastQuarterOfAYear_IsTheFourthQuarter(string text, string language) =>
        AssertRange(Single(text, language), "2025-10-01", "2025-12-31", DateGranularity.Quarter);

    [Theory]
    [InlineData("وتقام المباريات يومي السبت والأحد المقبلين.", "2024-06-15", "2024-06-16")]
    [InlineData("وجرت الانتخابات يومي الجمعة والسبت الماضيين.", "2024-06-07", "2024-06-08")]
    public void Extract_ArabicPairOfWeekdays_IsTheirRange(string text, string start, string end) =>
        AssertRange(Single(text, "ar"), start, end, DateGranularity.Range);

    [Theory]
    [InlineData("وكان الوزير قد زار المدينة قبل أيام.")]
    [InlineData("وبدأت المفاوضات منذ أسابيع.")]
    public void Extract_ArabicUncountedDaysAgo_IsNoDate(string text) =>
        Assert.Empty(Dates(text, "ar", new DateOnly(2024, 6, 12)));
    [Theory]
    [InlineData("Exports rose 8% in the first nine months of 2025.", "en", "2025-01-01", "2025-09-30")]
    [InlineData("Les exportations ont augmenté sur les neuf premiers mois de 2025.", "fr", "2025-01-01", "2025-09-30")]
    [InlineData("ارتفعت الصادرات في الأشهر التسعة الأولى من 2025.", "ar", "2025-01-01", "2025-09-30")]
    public void Extract_FirstMonthsOfAYear_IsTheirSpan(string text, string language, string start, string end) =>
        AssertRange(Single(text, language, "2025-11-03"), start, end, DateGranularity.Range);

    [Theory]
    [InlineData("Prices fell over the last three months.", "en")]
    [InlineData("Les prix ont baissé les trois derniers mois.", "fr")]
    public void Extract_LastMonthsWithoutAYear_IsNoDate(string text, string language) =>
        Assert.Empty(Dates(text, language, new DateOnly(2025, 11, 3)));

    [Theory]
    [InlineData("Talks are set for June 26 and 27 in Geneva.", "en")]
    [InlineData("Le sommet aura lieu les 26 et 27 juin à Rabat.", "fr")]
    [InlineData("تعقد القمة يومي 26 و27 يونيو في الرياض.", "ar")]
    public void Extract_TwoDaysInARowJoinedByAnd_AreOneSpan(string text, string language) =>
        AssertRange(Single(text, language, "2025-06-01"), "2025-06-26", "2025-06-27", DateGranularity.Range);

    [Fact]
    public void Extract_TwoDaysApartJoinedByAnd_AreNoSpan() =>
        Assert.DoesNotContain(Dates("Votes are set for June 26 and 28.", "en", new DateOnly(2025, 6, 1)), d => d.Granularity == DateGranularity.Range);

    [Fact]
    public void Extract_EndOfAnAmbiguousMonth_IsTheMonth() =>
        AssertRange(Single("Reserves stood at $157 billion at the end of March.", "en", "2025-04-23"), "2025-03-01", "2025-03-31", DateGranularity.Month);
    [Theory]
    [InlineData("Sales fell last yr.", "2023-01-01", "2023-12-31", DateGranularity.Year)]
    [InlineData("Results are due next qtr.", "2024-07-01", "2024-09-30", DateGranularity.Quarter)]
    public void Extract_AbbreviatedYearAndQuarter_AreRelative(string text, string start, string end, DateGranularity granularity) =>
        AssertRange(Single(text, "en"), start, end, granularity);

    [Theory]
    [InlineData("La récolte a progressé de septembre à novembre 2024.", "fr", "2024-09-01", "2024-11-30")]
    [InlineData("Exports rose from September to November 2024, the ministry said.", "en", "2024-09-01", "2024-11-30")]
    public void Extract_MonthSpanWithTheYearOnItsEnd_TakesThatYearForBoth(string text, string language, string start, string end) =>
        AssertRange(Single(text, language, "2026-02-10"), start, end, DateGranularity.Range);

    [Theory]
    [InlineData("تراجع الإنتاج في نوفمبر/تشرين الثاني من العام الماضي.", "ar", "2025-11-01", "2025-11-30")]
    [InlineData("Output fell in March of last year.", "en", "2025-03-01", "2025-03-31")]
    [InlineData("La production a chuté en mars de l'année dernière.", "fr", "2025-03-01", "2025-03-31")]
    public void Extract_MonthOfARelativeYear_IsOneMonthOfThatYear(string text, string language, string start, string end) =>
        AssertRange(Single(text, language, "2026-02-10"), start, end, DateGranularity.Month);

    [Fact]
    public void Extract_PossessiveWeekday_IsTheDayWithoutThePossessive()
    {
        var date = Single("Hichilema won 57.8% in last Thursday's election.", "en", "2026-08-17");
        Assert.Equal("last Thursday", date.Text);
        AssertRange(date, "2026-08-13", "2026-08-13", DateGranularity.Day);
    }
}
