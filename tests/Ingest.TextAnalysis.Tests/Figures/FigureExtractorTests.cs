using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;

namespace Ingest.TextAnalysis.Tests.Figures;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Figures(string text, string language, DateOnly? reference = null)
    {
        var document = AnalysisDocument.Create(text, language, reference ?? new DateOnly(2024, 3, 10));
        return FigureExtractor.Extract(document, DateExtractor.Extract(document));
    }

    private static Figure Single(string text, string language) => Assert.Single(Figures(text, language));

    [Theory]
    [InlineData("قالت الوزارة إن الصادرات بلغت 12 مليار دولار.", "ar", "USD")]
    [InlineData("ارتفعت الاحتياطيات إلى 80 مليار دولار كندي.", "ar", "CAD")]
    [InlineData("بلغ سعر الكيلو 45 جنيها في الأسواق.", "ar", "EGP")]
    [InlineData("باعت المزرعة المحصول بمبلغ 300 جنيه إسترليني.", "ar", "GBP")]
    [InlineData("خصصت الحكومة 500 مليون ريال سعودي للمشروع.", "ar", "SAR")]
    [InlineData("رصدت الدوحة 20 مليار ريال قطري للبنية التحتية.", "ar", "QAR")]
    [InlineData("بلغت الودائع 4 مليارات دينار كويتي.", "ar", "KWD")]
    [InlineData("سجل البنك أرباحا بقيمة 90 مليون دينار أردني.", "ar", "JOD")]
    [InlineData("تراجعت الليرة إلى 30 ليرة تركية مقابل الدولار.", "ar", "TRY")]
    [InlineData("وقع المغرب عقدا بقيمة 2 مليار درهم مغربي.", "ar", "MAD")]
    [InlineData("The ministry set aside 4.6 trillion U.S. dollars.", "en", "USD")]
    [InlineData("Le budget prévoit 46 mds d'euros de dépenses.", "fr", "EUR")]
    [InlineData("Uganda's parliament approved a budget of 72 trillion Ugandan shillings.", "en", "UGX")]
    [InlineData("وتبلغ قيمة المنحة 500 مليون شلن صومالي.", "ar", "SOS")]
    [InlineData("Le Rwanda a levé 30 milliards de francs rwandais.", "fr", "RWF")]
    [InlineData("Ghana's central bank sold bonds worth 2 billion cedis.", "en", "GHS")]
    [InlineData("The fund sold shares worth 5 billion Swedish kronor.", "en", "SEK")]
    [InlineData("Bank Indonesia bought 40 trillion rupiah of government bonds.", "en", "IDR")]
    [InlineData("The court set a daily fine of 500,000 reais on each state.", "en", "BRL")]
    [InlineData("وخصصت الحكومة البرازيلية 3 مليارات ريال برازيلي للإطفاء.", "ar", "BRL")]
    [InlineData("Hungary will spend 300 billion forints on the plan.", "en", "HUF")]
    [InlineData("Le Tchad a débloqué près de 25 milliards de francs CFA pour les réfugiés.", "fr", "XAF")]
    [InlineData("Le Sénégal a débloqué 25 milliards de francs CFA pour les agriculteurs.", "fr", "XOF")]
    [InlineData("Le réseau aurait écoulé pour 28 millions de dollars à l'étranger.", "fr", "USD")]
    [InlineData("The miner raised A$ 300 million from investors.", "en", "AUD")]
    public void Extract_CurrencyWords_ResolveToIsoCodes(string text, string language, string expected)
    {
        var figure = Figures(text, language).First(f => f.Kind == FigureKind.Money);
        Assert.Equal(expected, figure.Unit);
    }

    // People counted by role, counts through the modifiers before the noun, and imperial units.
    [Theory]
    [InlineData("Plus de 200 agriculteurs ont manifesté devant le Parlement.", "fr", FigureKind.Count, 200, "person")]
    [InlineData("L'Union européenne a imposé des sanctions à 15 responsables.", "fr", FigureKind.Count, 15, "person")]
    [InlineData("Some 40 lawmakers signed the letter.", "en", FigureKind.Count, 40, "person")]
    [InlineData("The ministry reported 300 new COVID-19 cases on Friday.", "en", FigureKind.Count, 300, "case")]
    [InlineData("An air strike killed 5 Palestinian children in Rafah.", "en", FigureKind.Count, 5, "person")]
    [InlineData("Le ministère a signalé 300 nouveaux cas vendredi.", "fr", FigureKind.Count, 300, "case")]
    [InlineData("The firm bought a 45-acre site near Austin.", "en", FigureKind.Quantity, 45, "acre")]
    [InlineData("The country burned 2.4 billion gallons of diesel.", "en", FigureKind.Quantity, 2_400_000_000, "gallon")]
    [InlineData("Winds reached 120 mph on the coast.", "en", FigureKind.Quantity, 120, "mile_per_hour")]
    [InlineData("Trois autres soldats sont morts dans l'attaque.", "fr", FigureKind.Count, 3, "person")]
    [InlineData("Deux autres ont été blessés.", "fr", FigureKind.Count, 2, "person")]
    [InlineData("Une douzaine de personnes ont été blessées.", "fr", FigureKind.Count, 12, "person")]
    [InlineData("Two dozen soldiers were deployed to the border.", "en", FigureKind.Count, 24, "person")]
    [InlineData("سيضيف الحقل 8 ملايين متر مكعب يوميا إلى الشبكة.", "ar", FigureKind.Quantity, 8_000_000, "cubic_metre_per_day")]
    [InlineData("ستنتج المحطة 300 مليون متر مكعب سنويا من المياه المحلاة.", "ar", FigureKind.Quantity, 300_000_000, "cubic_metre_per_year")]
    [InlineData("The field pumps 4 billion cubic feet per day.", "en", FigureKind.Quantity, 4_000_000_000, "cubic_foot_per_day")]
    [InlineData("The plant will supply 8,600 gigawatt hours a year.", "en", FigureKind.Quantity, 8_600, "gigawatt_hour_per_year")]
    [InlineData("L'usine produira 2 millions de tonnes par an.", "fr", FigureKind.Quantity, 2_000_000, "tonne_per_year")]
    [InlineData("Une quinzaine d'accords seront signés à Rome.", "fr", FigureKind.Count, 15, "agreement")]
    [InlineData("Une centaine de personnes ont manifesté à Tunis.", "fr", FigureKind.Count, 100, "person")]
    [InlineData("دخلت 25 شاحنة محملة بالمساعدات إلى القطاع.", "ar", FigureKind.Count, 25, "truck")]
    [InlineData("More than 400 trucks crossed into the enclave.", "en", FigureKind.Count, 400, "truck")]
    [InlineData("وقتل طفلان في القصف.", "ar", FigureKind.Count, 2, "person")]
    [InlineData("صادقت المفوضية على أسماء 38 حزبا.", "ar", FigureKind.Count, 38, "party")]
    [InlineData("وصوت 71 نائبا لصالح القانون.", "ar", FigureKind.Count, 71, "person")]
    [InlineData("ووقع الجانبان اتفاقيتين للتعاون.", "ar", FigureKind.Count, 2, "agreement")]
    public void Extract_CountsAndQuantities_HaveTheirUnit(string text, string language, FigureKind kind, long value, string unit)
    {
        var f = Single(text, language);
        Assert.Equal((kind, (decimal)value, unit), (f.Kind, f.Value, f.Unit));
    }

    [Theory]
    [InlineData("وشارك ما يزيد على 500 ألف شخص في الحملة.")]
    [InlineData("وبلغت الصادرات ما يزيد عن 3 مليارات دولار.")]
    public void Extract_MoreThanWithARisingVerb_IsNoChange(string text) =>
        Assert.Equal((FigureQualifier.MoreThan, (FigureChange?)null), (Single(text, "ar").Qualifier, Single(text, "ar").Change));

    [Theory]
    [InlineData("Les voyageurs ont été placés en quarantaine à l'aéroport.")]
    [InlineData("Des centaines de personnes ont manifesté devant le Parlement.")]
    public void Extract_CollectiveWithoutACountBefore_IsNoFigure(string text) =>
        Assert.Empty(Figures(text, "fr"));

    [Fact]
    public void Extract_LevelReachedAfterAChange_IsExact()
    {
        var f = Assert.Single(Figures("تراجعت الإيرادات النفطية لتصل إلى 149.8 مليار ريال سعودي.", "ar"));
        Assert.Equal(FigureQualifier.Exact, f.Qualifier);
    }

    [Fact]
    public void Extract_SpanOfTime_HasNoChange()
    {
        var f = Single("أعلن البنك خفض أسعار الفائدة، في أول خفض منذ نحو خمس سنوات.", "ar");
        Assert.Equal(("year", (FigureChange?)null), (f.Unit, f.Change));
    }

    [Fact]
    public void Extract_DinarWithoutAdjective_TakesTheCountryNamedInTheArticle()
    {
        var figure = Single("أعلنت الحكومة العراقية في بغداد أن الموازنة بلغت 150 تريليون دينار.", "ar");
        Assert.Equal("IQD", figure.Unit);
        Assert.Equal(150_000_000_000_000m, figure.Value);
    }

    [Fact]
    public void Extract_ShillingsWithoutAdjective_TakeTheCountryNamedInTheArticle()
    {
        var figure = Single("The treasury in Nairobi said Kenya would borrow 60 billion shillings next year.", "en");
        Assert.Equal("KES", figure.Unit);
        Assert.Equal(60_000_000_000m, figure.Value);
    }

    [Fact]
    public void Extract_ElliptialAmount_KeepsTheRunningCurrency()
    {
        var figures = Figures("بلغت الاستثمارات 120 مليار دولار في المرحلة الأولى و90 مليارا في الثانية.", "ar");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
        Assert.Equal(90_000_000_000m, figures[1].Value);
    }

    [Theory]
    [InlineData("يتوقع البنك نموا يتراوح بين 5 و7 مليارات دولار.", "ar", 5_000_000_000, 7_000_000_000)]
    [InlineData("Analysts expect between 10 and 12 million barrels.", "en", 10_000_000, 12_000_000)]
    [InlineData("Les pertes sont estimées entre 3 et 4 milliards d'euros.", "fr", 3_000_000_000, 4_000_000_000)]
    [InlineData("The plant will cost $5-7 billion.", "en", 5_000_000_000, 7_000_000_000)]
    public void Extract_Ranges_CarryTheUpperBound(string text, string language, long low, long high)
    {
        var figure = Figures(text, language).Single(f => f.ValueMax is not null);
        Assert.Equal(low, figure.Value);
        Assert.Equal(high, figure.ValueMax);
    }

    [Theory]
    [InlineData("نزح نحو ألفي شخص من القرية.", "ar", FigureQualifier.Approx)]
    [InlineData("قتل أكثر من 30 شخصا في الهجوم.", "ar", FigureQualifier.MoreThan)]
    [InlineData("أصيب ما لا يقل عن 12 شخصا.", "ar", FigureQualifier.AtLeast)]
    [InlineData("The storm left nearly 200 people homeless.", "en", FigureQualifier.Approx)]
    [InlineData("The fund can lend up to $3 billion.", "en", FigureQualifier.AtMost)]
    [InlineData("Moins de 40 personnes ont voté.", "fr", FigureQualifier.LessThan)]
    [InlineData("وأوضح أن حجم التبادل التجاري تجاوز 12 مليار دولار العام الماضي.", "ar", FigureQualifier.MoreThan)]
    [InlineData("Bilateral trade topped $20 billion last year.", "en", FigureQualifier.MoreThan)]
    [InlineData("Les échanges ont dépassé 5 milliards d'euros.", "fr", FigureQualifier.MoreThan)]
    [InlineData("Une trentaine de personnes ont été arrêtées.", "fr", FigureQualifier.Approx)]
    [InlineData("Youth unemployment stood near 36% in March.", "en", FigureQualifier.Approx)]
    public void Extract_Qualifiers_AreMapped(string text, string language, FigureQualifier expected) =>
        Assert.Equal(expected, Single(text, language).Qualifier);

    [Theory]
    [InlineData("ارتفعت المبيعات بنسبة 12 بالمئة خلال الربع الأول.", "ar", FigureChange.Increase)]
    [InlineData("سجلت الصادرات انخفاضا بنسبة 3.5 في المئة.", "ar", FigureChange.Decrease)]
    [InlineData("Exports fell 4.2 percent last year.", "en", FigureChange.Decrease)]
    [InlineData("La production a enregistré une hausse de 6%.", "fr", FigureChange.Increase)]
    public void Extract_ChangeWords_ApplyToTheFigure(string text, string language, FigureChange expected) =>
        Assert.Equal(expected, Figures(text, language).Single(f => f.Kind == FigureKind.Percent).Change);

    [Theory]
    [InlineData("بلغ معدل التضخم 7 بالمئة في فبراير.", "ar")]
    [InlineData("Unemployment stood at 5.1 percent.", "en")]
    [InlineData("Sales rose to 12 percent of the market.", "en")]
    public void Extract_LevelsNamedAsRates_HaveNoChange(string text, string language) =>
        Assert.Null(Figures(text, language).Single(f => f.Kind == FigureKind.Percent).Change);

    [Theory]
    [InlineData("انخفض المؤشر 1.5 نقطة مئوية.", "ar")]
    [InlineData("Rates were cut by 0.25 percentage points.", "en")]
    public void Extract_PercentagePoints_HaveTheirOwnUnit(string text, string language) =>
        Assert.Equal("percentage_point", Single(text, language).Unit);

    [Theory]
    [InlineData("وقع البلدان 30 اتفاقية للتعاون.", "ar", 30, "agreement")]
    [InlineData("استقبل المخيم 250 لاجئا جديدا.", "ar", 250, "person")]
    [InlineData("شوهدت خمس عربات عسكرية على الطريق.", "ar", 5, "vehicle")]
    [InlineData("Talks lasted 10 days in the capital.", "en", 10, "day")]
    [InlineData("Trois soldats ont été blessés.", "fr", 3, "person")]
    public void Extract_CountedNouns_GiveCounts(string text, string language, int value, string unit)
    {
        var figure = Single(text, language);
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("أنتجت الحقول 100 ألف برميل يوميا.", "ar", 100_000, "barrel_per_day")]
    [InlineData("يمتد الطريق 275 كم جنوب العاصمة.", "ar", 275, "km")]
    [InlineData("The plant will generate 500 MW of power.", "en", 500, "megawatt")]
    [InlineData("Le pays a importé 2 millions de tonnes de blé.", "fr", 2_000_000, "tonne")]
    public void Extract_Units_GiveQuantities(string text, string language, long value, string unit)
    {
        var figure = Single(text, language);
        Assert.Equal(FigureKind.Quantity, figure.Kind);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    // Numbers that count nothing: years, ordinals, names, clock times and ids; the pair of people or countries just
    // named; the digits of a name code; a vague plural; "other" before a noun that is not counted.
    [Theory]
    [InlineData("اجتمع قادة مجموعة العشرين في نيودلهي عام 2023.", "ar")]
    [InlineData("Leaders of the G20 met in 2023 at 10:30 to discuss the Boeing 737 program.", "en")]
    [InlineData("Il a été élu pour la deuxième fois le 3 mai.", "fr")]
    [InlineData("للاستفسار يرجى الاتصال على الرقم 0123456789.", "ar")]
    [InlineData("Les deux hommes ont évoqué le désarmement du groupe.", "fr")]
    [InlineData("The two leaders discussed trade on Monday.", "en")]
    [InlineData("Les deux pays vont construire une ligne électrique.", "fr")]
    [InlineData("The two countries agreed to expand trade.", "en")]
    [InlineData("Israel flew F-16 jets over the border.", "en")]
    [InlineData("The MH-17 investigators met in The Hague.", "en")]
    [InlineData("Le gouvernement étudie deux autres options.", "fr")]
    [InlineData("Dozens of protesters gathered outside parliament.", "en")]
    public void Extract_NumbersThatCountNothing_AreNotFigures(string text, string language) =>
        Assert.Empty(Figures(text, language));

    [Fact]
    public void Extract_CasualtyVerb_CountsPeopleWithoutANoun()
    {
        var figure = Single("وقالت المصادر إن ثمانية لقوا حتفهم في الانفجار.", "ar");
        Assert.Equal("person", figure.Unit);
        Assert.Equal(8, figure.Value);
    }

    [Theory]
    [InlineData("The central bank cut the reserve ratio by 25 basis points.", "en", 0.25)]
    [InlineData("رفع البنك المركزي أسعار الفائدة بواقع 600 نقطة أساس.", "ar", 6)]
    [InlineData("La banque a relevé son taux directeur de 50 points de base.", "fr", 0.5)]
    public void Extract_BasisPoints_AreHundredthsOfAPercentagePoint(string text, string language, decimal expected)
    {
        var figure = Single(text, language);
        Assert.Equal((FigureKind.Percent, "percentage_point", expected), (figure.Kind, figure.Unit, figure.Value));
    }

    [Theory]
    [InlineData("Le chômage a reculé de 0,1 point au premier trimestre, à 7,1 %.", "fr", "percentage_point")]
    [InlineData("Le CAC 40 a perdu 120 points en une séance.", "fr", "point")]
    public void Extract_PointsBesideAPercentage_ArePercentagePoints(string text, string language, string unit)
    {
        Assert.Equal(unit, Figures(text, language).First(f => f.Value is 0.1m or 120m).Unit);
    }

    [Theory]
    [InlineData("La mesure coûtera 350 millions de dinars au budget de l'État tunisien.", "fr", "TND")]
    [InlineData("قالت الحكومة الجزائرية إن المشروع سيكلف 40 مليار دينار.", "ar", "DZD")]
    [InlineData("The Iraqi cabinet approved a budget of 200 trillion dinars.", "en", "IQD")]
    public void Extract_BareCurrencyFamily_TakesTheCountryOfANationalityNamed(string text, string language, string code)
    {
        Assert.Equal(code, Single(text, language).Unit);
    }

    [Theory]
    [InlineData("The central bank raised its benchmark rate by 350 basis points on Thursday.", FigureChange.Increase)]
    [InlineData("The central bank lifted its key rate by 50 basis points.", FigureChange.Increase)]
    public void Extract_RateRaisedByPoints_IsAnIncrease(string text, FigureChange change)
    {
        Assert.Equal(change, Single(text, "en").Change);
    }

    [Fact]
    public void Extract_TwoPeopleKilled_StayCounted()
    {
        Assert.Equal(2, Single("Les deux soldats ont été tués lundi.", "fr").Value);
    }

    [Theory]
    [InlineData("Cette augmentation concernera environ 600 000 travailleurs du secteur privé.", "fr")]
    [InlineData("This increase will cover about 600,000 workers in the private sector.", "en")]
    [InlineData("وستشمل هذه الزيادة نحو 600 ألف عامل في القطاع الخاص.", "ar")]
    public void Extract_FigureAfterAChangeAlreadyTold_HasNoChange(string text, string language)
    {
        Assert.Null(Single(text, language).Change);
    }

    [Theory]
    [InlineData("وارتفع المؤشر بنسبة 0.8% ليغلق عند مستوى 12,350 نقطة.", "ar", 12_350)]
    [InlineData("L'indice a gagné 1,2 % pour clôturer à 7 450 points.", "fr", 7_450)]
    public void Extract_IndexLevelBesideAPercentage_IsCountedInPoints(string text, string language, decimal level)
    {
        var figure = Assert.Single(Figures(text, language), f => f.Value == level);
        Assert.Equal((FigureKind.Count, "point"), (figure.Kind, figure.Unit));
    }

    [Theory]
    [InlineData("Le nombre de demandeurs d'emploi s'établit à 2,2 millions de personnes.", 2_200_000)]
    [InlineData("La région compte 4 millions d'habitants.", 4_000_000)]
    public void Extract_ScaledNumberWithDeBeforeItsCountedNoun_CountsPersons(string text, decimal expected)
    {
        var figure = Single(text, "fr");
        Assert.Equal((FigureKind.Count, "person", expected), (figure.Kind, figure.Unit, figure.Value));
    }

    [Theory]
    [InlineData("The Fed hiked rates by 0.75 percentage point.", "en", FigureChange.Increase)]
    [InlineData("La banque a abaissé son taux de 0,25 point de pourcentage.", "fr", FigureChange.Decrease)]
    public void Extract_RateMoves_AreChanges(string text, string language, FigureChange expected)
    {
        Assert.Equal(expected, Single(text, language).Change);
    }

    [Theory]
    [InlineData("وارتفعت الصادرات إلى مليار و200 مليون دولار.", "ar", 1_200_000_000)]
    [InlineData("The fund holds 2 billion and 500 million dollars in bonds.", "en", 2_500_000_000)]
    public void Extract_SmallerScaledAmountAfterAConjunction_AddsUp(string text, string language, decimal expected)
    {
        Assert.Equal(expected, Single(text, language).Value);
    }

    [Fact]
    public void Extract_ArabicBetweenBeforeANumber_IsNotYen()
    {
        var figure = Single("يتراوح الاستثمار بين 5 و7 مليارات دولار.", "ar");
        Assert.Equal(("USD", 5_000_000_000m, (decimal?)7_000_000_000m), (figure.Unit, figure.Value, figure.ValueMax));
    }

    [Fact]
    public void Extract_OneUnitOfAnExchangeRate_IsNotAnAmount()
    {
        var figure = Single("Le dinar s'échangeait à 3,4 dinars pour un euro.", "fr");
        Assert.Equal(3.4m, figure.Value);
    }

    [Fact]
    public void Extract_PeopleNumberWordAfterTheArticle_IsStillCounted()
    {
        var figure = Single("The three soldiers were killed near the border.", "en");
        Assert.Equal((FigureKind.Count, "person", 3m), (figure.Kind, figure.Unit, figure.Value));
    }

    [Fact]
    public void Extract_OneUnitAsAPrice_IsAnAmount()
    {
        var figure = Single("L'État a racheté la société pour un euro symbolique.", "fr");
        Assert.Equal((FigureKind.Money, "EUR", 1m), (figure.Kind, figure.Unit, figure.Value));
    }

    [Theory]
    [InlineData("The club paid £1.2m for the striker.", "en", 1_200_000, "GBP")]
    [InlineData("The start-up raised $300k from local investors.", "en", 300_000, "USD")]
    public void Extract_CurrencySignAndJoinedScaleLetter_IsTheScaledAmount(string text, string language, double value, string unit)
    {
        var f = Single(text, language);
        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Fact]
    public void Extract_ArabicPluralOfThousandsWithoutACount_IsNoFigure() =>
        Assert.Empty(Figures("ونزح عشرات الآلاف من السكان، فيما فقد آلاف العمال وظائفهم.", "ar"));

    [Fact]
    public void Extract_ArabicCountBeforeThousands_IsStillAFigure() =>
        Assert.Equal(3000m, Single("ونزح 3 آلاف شخص من المدينة.", "ar").Value);

    [Theory]
    [InlineData("واستمرت المحادثات يومين في الرياض.", "day", "Count")]
    [InlineData("وأسفر الحادث عن مقتل شخصين في المدينة.", "person", "Count")]
    [InlineData("وتراجع معدل البطالة نقطتين مئويتين.", "percentage_point", "Percent")]
    public void Extract_ArabicDualWithoutANumber_CountsTwo(string text, string unit, string kind)
    {
        var f = Single(text, "ar");
        Assert.Equal(2m, f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(kind, f.Kind.ToString());
    }

    [Fact]
    public void Extract_ArabicSoundPluralInYin_CountsNothing() =>
        Assert.Empty(Figures("واعتقلت الشرطة عشرات المواطنين في المدينة.", "ar"));

    [Fact]
    public void Extract_ArabicNounCountedOneByTheNumeralAfterIt_IsOne()
    {
        var figure = Single("وخفض البنك الفائدة بمقدار نقطة مئوية واحدة.", "ar");
        Assert.Equal((FigureKind.Percent, 1m, "percentage_point", "نقطة مئوية واحدة"), (figure.Kind, figure.Value, figure.Unit, figure.Text));
    }

    [Fact]
    public void Extract_ArabicOneWithoutACountedNoun_IsNoFigure() =>
        Assert.Empty(Figures("وهذا طريق واحد للخروج من الأزمة.", "ar"));
    [Theory]
    [InlineData("The decision comes months before Brazil hosts COP30 in Belem.")]
    [InlineData("Fighting between M23 rebels and Congolese troops went on.")]
    public void Extract_NumberGluedToTheLettersOfAName_IsNoFigure(string text) =>
        Assert.Empty(Figures(text, "en"));

    [Fact]
    public void Extract_LetterCodeGluedToADecimal_IsStillMoney() =>
        Assert.Equal("USD", Single("The new tariff is USD3.14 a unit.", "en").Unit);
    [Theory]
    [InlineData("أبقى البنك سعري الإيداع والإقراض عند 21 و22 بالمئة على الترتيب.", "ar", 21, "percent")]
    [InlineData("Two plants of 445 and 315 megawatts will be built.", "en", 445, "megawatt")]
    [InlineData("The bank lent 1.5 and 2 billion dollars to the two firms.", "en", 1_500_000_000, "USD")]
    public void Extract_NumberJoinedToTheAmountAfterIt_SharesItsUnit(string text, string language, long value, string unit) =>
        Assert.Contains(Figures(text, language), f => f.Value == value && f.Unit == unit);

    [Fact]
    public void Extract_ScaleWithoutUnitAfterAPercentage_ContinuesTheMoneyBefore()
    {
        var figures = Figures("Les importations ont progressé de 6,3 % à 594,2 milliards de dirhams, tandis que les exportations ont augmenté de 5,6 % à 355,6 milliards.", "fr");
        Assert.Contains(figures, f => f.Value == 355_600_000_000m && f.Kind == FigureKind.Money);
    }
    [Theory]
    [InlineData("The pipeline carries up to 57 million cubic metres of gas per day.", "en", "cubic_metre_per_day")]
    [InlineData("Le champ produit environ 2,3 millions de tonnes de gaz naturel liquéfié par an.", "fr", "tonne_per_year")]
    [InlineData("ينتج الحقل 8 ملايين متر مكعب من الغاز يوميا.", "ar", "cubic_metre_per_day")]
    public void Extract_RateAfterTheCommodity_IsAUnitPerTime(string text, string language, string unit) =>
        Assert.Equal(unit, Single(text, language).Unit);

    [Theory]
    [InlineData("Thousands of people fled and tens of thousands marched.", "en")]
    [InlineData("Des centaines de manifestants et des milliers de familles ont fui.", "fr")]
    [InlineData("نزح آلاف المدنيين وخرج عشرات الآلاف في مظاهرات.", "ar")]
    public void Extract_PluralNumberWordsAlone_AreNoFigure(string text, string language) =>
        Assert.Empty(Figures(text, language));

    [Fact]
    public void Extract_NumberBeforeAPluralScaleWord_IsAFigure() =>
        Assert.Equal(3000m, Single("وفر 3 آلاف شخص من المدينة.", "ar").Value);
    [Theory]
    [InlineData("The group said it fired two ballistic missiles at the port.", 2, "missile")]
    [InlineData("SOMO sold more than 20 LNG cargoes last month.", 20, "cargo")]
    [InlineData("Residents said they heard three huge explosions overnight.", 3, "explosion")]
    public void Extract_EnglishAdjectivesBeforeTheCountedNoun_AreCounted(string text, long value, string unit)
    {
        var f = Single(text, "en");
        Assert.Equal((FigureKind.Count, (decimal)value, unit), (f.Kind, f.Value, f.Unit));
    }

    [Fact]
    public void Extract_CasualtyParticipleAfterANumber_CountsPeopleNotWhatFollows()
    {
        var figures = Figures("At least 23 civilians were killed and more than 60 wounded when shells hit a market.", "en");
        Assert.Contains(figures, f => f.Value == 60 && f.Unit == "person");
        Assert.DoesNotContain(figures, f => f.Unit == "shell");
    }

    [Theory]
    [InlineData("Analysts expect 100-150 basis points of cuts this year.", "en", 1.0, 1.5, "percentage_point")]
    [InlineData("وتستغرق العملية ٢٤ إلى ٤٨ ساعة في العادة.", "ar", 24, 48, "hour")]
    [InlineData("La hausse atteindra 3 à 5 % cette année.", "fr", 3, 5, "percent")]
    public void Extract_BareNumberToAMeasuredOne_IsOneRange(string text, string language, double low, double high, string unit)
    {
        var figure = Single(text, language);
        Assert.Equal((low, high, unit), ((double)figure.Value, (double?)figure.ValueMax, figure.Unit));
    }

    [Theory]
    [InlineData("La récolte a atteint 44 millions de quintaux.", "fr", "quintal")]
    [InlineData("La production a atteint 48,5 millions de tonnes équivalent pétrole.", "fr", "tonne_of_oil_equivalent")]
    [InlineData("وبلغ الإنتاج 12 مليون طن مكافئ نفط.", "ar", "tonne_of_oil_equivalent")]
    public void Extract_AgriculturalAndEnergyUnits_AreQuantities(string text, string language, string unit) =>
        Assert.Equal(unit, Single(text, language).Unit);

    [Theory]
    [InlineData("The party won 104 of the 156 directly elected seats.", "en")]
    [InlineData("Le parti a remporté 104 des 156 sièges.", "fr")]
    [InlineData("وحصل الحزب على 104 من أصل 156 مقعدا.", "ar")]
    public void Extract_PartOfACountedWhole_CountsTheSameThing(string text, string language)
    {
        var figures = Figures(text, language);
        Assert.Equal([(104m, "seat"), (156m, "seat")], figures.Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void Extract_OneOfACountedWhole_IsNoFigureOfItsOwn() =>
        Assert.Equal(10m, Single("One of the 10 banks failed last year.", "en").Value);
}
