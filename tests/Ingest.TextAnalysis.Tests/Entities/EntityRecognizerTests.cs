using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Tests.Entities;

public class EntityRecognizerTests
{
    private static IReadOnlyList<Entity> Run(string text, string lang) =>
        EntityRecognizer.Recognize(AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1)));

    [Fact]
    public void Recognize_ArabicTitleWithNationality_GivesPersonAndCountry()
    {
        var entities = Run("استقبل وزير الخارجية المصري سامح شكري السفير الياباني في القاهرة يوم الأحد.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("سامح شكري", person.Mentions[0].Text);
        Assert.Equal("EG", person.Country);
        Assert.Contains(entities, e => e.Type == EntityType.Location && e.Name == "Cairo");
    }

    [Theory]
    [InlineData("وقال رئيس الهيئة القاضي محمد علي اللامي إن مكافحة الفساد مستمرة.", "محمد علي اللامي")]
    [InlineData("والتقى وزير الكهرباء العراقي زياد علي فاضل بالسفير الياباني.", "زياد علي فاضل")]
    public void Recognize_AliWrittenWithYehAfterAGivenName_IsPartOfTheName(string text, string name) =>
        Assert.Equal(name, Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Theory]
    [InlineData("The opposition leader Brian Mundubile of the Tonse Alliance rejected the count.", "en", "Brian Mundubile", "Tonse Alliance")]
    [InlineData("Selon Jean Dupont de la Banque de France, la croissance ralentit.", "fr", "Jean Dupont", "Banque de France")]
    public void Recognize_PersonOfABody_IsAPersonAndTheBody(string text, string lang, string person, string body)
    {
        var entities = Run(text, lang);
        Assert.Equal(person, Assert.Single(entities, e => e.Type == EntityType.Person).Mentions[0].Text);
        Assert.Equal(body, Assert.Single(entities, e => e.Type == EntityType.Organization).Mentions[0].Text);
    }

    [Fact]
    public void Recognize_GenerationalSuffix_KeepsItsFullStopAndIsNoFamilyName()
    {
        var person = Assert.Single(Run("President Ferdinand Marcos Jr. met the Japanese envoy in Manila. Marcos said ties were strong.", "en"), e => e.Type == EntityType.Person);
        Assert.Equal(["Ferdinand Marcos Jr.", "Marcos"], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("وارتفع إنتاج حقل الشرارة إلى مستويات قياسية.", "حقل الشرارة")]
    [InlineData("ونقل الجرحى إلى مستشفى الثورة العام في المدينة.", "مستشفى الثورة العام")]
    [InlineData("وقع الانفجار في حي المنصور غربي العاصمة.", "حي المنصور")]
    [InlineData("وصلت السفينة إلى ميناء العريش صباح اليوم.", "ميناء العريش")]
    [InlineData("وعبرت الشاحنات معبر رفح البري إلى القطاع.", "معبر رفح البري")]
    [InlineData("وأعيد فتح معبر جابر - نصيب أمام المسافرين.", "معبر جابر - نصيب")]
    public void Recognize_ArabicSiteHeadBeforeItsName_IsOnePlace(string text, string mention) =>
        Assert.Equal(mention, Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Location).Mentions[0].Text);

    [Theory]
    [InlineData("وانفجر لغم في حقل ألغام قرب الحدود.")]
    [InlineData("ونقل المصابون إلى مستشفى ميداني قرب الحدود.")]
    [InlineData("وبث التلفزيون الخطاب في نقل حي على الهواء.")]
    public void Recognize_ArabicSiteHeadBeforeACommonWord_IsNoPlace(string text) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Location);

    [Theory]
    [InlineData("Les blessés ont été évacués vers l'hôpital national de Niamey.", "hôpital national de Niamey")]
    [InlineData("Les conteneurs sont arrivés au port de Montréal mardi.", "port de Montréal")]
    [InlineData("Le gisement se trouve dans le bassin de Berkine.", "bassin de Berkine")]
    public void Recognize_FrenchSiteHeadBeforeItsName_IsOnePlace(string text, string mention) =>
        Assert.Equal(mention, Assert.Single(Run(text, "fr"), e => e.Type == EntityType.Location).Mentions[0].Text);

    [Theory]
    [InlineData("وقال المحامي خالد الرشيدي إن موكله بريء.", "ar", "خالد الرشيدي")]
    [InlineData("وقالت الطالبة مريم يوسف إنها خائفة على مستقبلها.", "ar", "مريم يوسف")]
    [InlineData("Defence lawyer Jane Doe said the verdict was unjust.", "en", "Jane Doe")]
    [InlineData("L'avocate Marie Dubois a dénoncé le verdict.", "fr", "Marie Dubois")]
    public void Recognize_ProfessionBeforeAName_IntroducesThePerson(string text, string lang, string name) =>
        Assert.Equal(name, Assert.Single(Run(text, lang), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Fact]
    public void Recognize_GuineanTitle_GivesThePersonAndGuinea()
    {
        var person = Assert.Single(Run("Le Premier ministre guinéen Amadou Oury Bah a visité la France.", "fr"), e => e.Type == EntityType.Person);
        Assert.Equal(("Amadou Oury Bah", "GN"), (person.Mentions[0].Text, person.Country));
    }

    [Theory]
    [InlineData("وأعلن الأمين العام للأمم المتحدة ترحيبه بالاتفاق.", "ترحيبه")]
    [InlineData("وقال الطالب الجامعي إن الامتحانات صعبة.", "الجامعي")]
    [InlineData("وقال الرئيس محمد على هامش القمة إن التعاون مهم.", "على")]
    public void Recognize_WordAfterARoleOrAName_IsNoPartOfAName(string text, string word) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text.Split(' ').Contains(word)));

    [Fact]
    public void Recognize_ComplementizerWithAPreposition_EndsTheName() =>
        Assert.Equal("سامي الشريف", Assert.Single(Run("وصرح الناطق باسم الحكومة سامي الشريف بأن الوضع مستقر.", "ar"), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Fact]
    public void Recognize_MinisterOfAPortfolio_IsNoPersonNamedByIt() =>
        Assert.DoesNotContain(Run("أصدرت المحكمة حكما بالسجن بحق وزير الكهرباء السابق ووزير الاتصالات.", "ar"), e => e.Type == EntityType.Person);

    [Theory]
    [InlineData("استقبل الرئيس قيس سعيد وزير الداخلية خالد عبد الرحيم. وقال عبد الرحيم إن التعاون مستمر.", "خالد عبد الرحيم", "عبد الرحيم")]
    [InlineData("التقى وزير الداخلية التونسي خالد عبد الرحيم وفدا أوروبيا. وقال عبد الرحيم إن التعاون مستمر.", "خالد عبد الرحيم", "عبد الرحيم")]
    public void Recognize_CompoundSurnameLater_JoinsTheFullName(string text, string full, string surname)
    {
        var person = Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == full));
        Assert.Equal([full, surname], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("وقالت المديرة العامة للصندوق كريستالينا غورغييفا إن النمو سيتحسن.", "كريستالينا غورغييفا")]
    [InlineData("وقال رئيس الشركة خالد العتيبي إن الأرباح ارتفعت.", "خالد العتيبي")]
    [InlineData("وقال رئيس مجلس إدارة المصرف سالم الكعبي إن الأرباح ارتفعت.", "سالم الكعبي")]
    [InlineData("يرافقه نائب رئيس الوزراء لشؤون الطاقة، ألكسندر نوفاك، في الزيارة.", "ألكسندر نوفاك")]
    [InlineData("قالت وزيرة الانتقال الرقمي وإصلاح الإدارة، سلمى الحسني، إن البوابة جاهزة.", "سلمى الحسني")]
    [InlineData("وقالت وزيرة المالية ووزيرة الدولة للشؤون الاقتصادية المهندسة نورة العنزي إن الإيرادات سترتفع.", "نورة العنزي")]
    public void Recognize_RoleWithTheBodyItHeads_GivesThePersonNamedAfter(string text, string mention)
    {
        var person = Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person);
        Assert.Equal(mention, Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية نظيره المصري في الرياض.", "فيصل بن فرحان بن عبدالله", "Faisal bin Farhan")]
    [InlineData("وأكد ولي العهد الأمير محمد بن سلمان بن عبدالعزيز أن المملكة ماضية في الإصلاح.", "محمد بن سلمان بن عبدالعزيز", "Mohammed bin Salman")]
    public void Recognize_KnownPersonWithTheRestOfHisPatronymicChain_TakesTheWholeChain(string text, string mention, string name)
    {
        var person = Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(mention, Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("وقال وزير الطاقة نور الدين بوعزة إن الإنتاج سيرتفع.", "نور الدين بوعزة")]
    [InlineData("وقال مازن الحكيم إن الحدود مؤمنة.", "مازن الحكيم")]
    [InlineData("واستقبل رئيس الجمهورية السيد كريم بن عمر الوفد في قصر قرطاج.", "كريم بن عمر")]
    public void Recognize_ArabicNamesWithCompoundOrTitleWords_AreWhole(string text, string mention)
    {
        var person = Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person);
        Assert.Equal(mention, Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("قال الوزير إن الوضع هادئ.")]
    [InlineData("وقال وزير الداخلية إن الأمن مستقر.")]
    public void Recognize_WordsAfterAFunctionWordAfterARole_AreNoName(string text) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Person);

    [Fact]
    public void Recognize_RoyalNamedAgainByTitleAndGivenName_IsTheSamePerson()
    {
        var person = Assert.Single(Run("استقبل الشيخ سعود بن صقر القاسمي الوفد. وأكد الشيخ سعود دعم الإمارة للمبادرة.", "ar"), e => e.Type == EntityType.Person);
        Assert.Equal(["سعود بن صقر القاسمي", "سعود"], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("وقعت شركة هندية عقدا لبناء المحطة.")]
    [InlineData("وتسعى مصر لتكون مركزا إقليميا، وأنشئ صندوق ائتماني لهذا الغرض.")]
    [InlineData("وسهلت السلطات حركة الشاحنات عبر المعبر.")]
    public void Recognize_HeadWithAnIndefiniteAdjective_IsNoOrganization(string text) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Organization);

    [Fact]
    public void Recognize_HeadBeforeAConstructPlural_IsTheBody() =>
        Assert.Contains(Run("أعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب النتائج الأولية.", "ar"),
            e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text.StartsWith("مجلس مفوضي الهيئة", StringComparison.Ordinal)));

    [Fact]
    public void Recognize_CountryWithItsOfficialAdjective_IsOneMention()
    {
        var country = Assert.Single(Run("وزار الوفد جمهورية باكستان الإسلامية الأسبوع الماضي.", "ar"), e => e.Type == EntityType.Location);
        Assert.Equal(("Pakistan", "جمهورية باكستان الإسلامية"), (country.Name, Assert.Single(country.Mentions).Text));
    }

    [Fact]
    public void Recognize_KnownPersonWithTheFamilyName_TakesAal() =>
        Assert.Equal("محمد بن سلمان بن عبدالعزيز آل سعود",
            Assert.Single(Assert.Single(Run("استقبل ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود الوفد.", "ar"), e => e.Type == EntityType.Person).Mentions).Text);

    [Fact]
    public void Recognize_TitleWordBeforeBin_IsTheGivenName()
    {
        var entities = Run("افتتح صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي حاكم الشارقة المعرض.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("سلطان بن محمد القاسمي", Assert.Single(person.Mentions).Text);
        Assert.Contains(entities, e => e.Type == EntityType.Location && e.Name == "Sharjah");
    }

    [Theory]
    [InlineData("التقى الوزير رئيس وزراء جمهورية الهند ناريندرا مودي في نيودلهي.", "جمهورية الهند", "India")]
    [InlineData("وزار الوفد دولة قطر الأسبوع الماضي.", "دولة قطر", "Qatar")]
    public void Recognize_CountryWithItsNounOfStatehood_IsTheCountry(string text, string mention, string name)
    {
        var entities = Run(text, "ar");
        var country = Assert.Single(entities, e => e.Type == EntityType.Location && e.Name == name);
        Assert.Equal(mention, Assert.Single(country.Mentions).Text);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text.Contains("دولة") || m.Text.Contains("جمهورية")));
    }

    [Theory]
    [InlineData("وتشير تقديرات أممية إلى أن الحرب شردت الملايين.")]
    [InlineData("وأفادت وسائل إعلام محلية بأن الانفجار وقع ليلا.")]
    [InlineData("وقالت منظمات حقوقية إن الاعتقالات تعسفية.")]
    [InlineData("وتلقى سمو الأمير اتصالا هاتفيا آخر مساء اليوم.")]
    [InlineData("وذكرت الوكالة أن الرئيس غادر.")]
    [InlineData("وقال المتحدث باسم الوزارة لـ(واع) إن الإنتاج ارتفع.")]
    public void Recognize_CommonNounsAfterAVerbOrATitle_AreNoPerson(string text) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Person);

    [Theory]
    [InlineData("Analysts at Lagos-based Cordros Securities expect two cuts this year.", "Cordros Securities")]
    [InlineData("Fitch Ratings upgraded the country in September.", "Fitch Ratings")]
    [InlineData("Growth will slow, according to Jane Smith, an economist at Capital Economics.", "Capital Economics")]
    public void Recognize_FirmsByTheirHeadWord_AreOrganizations(string text, string mention) =>
        Assert.Contains(Run(text, "en"), e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));

    [Fact]
    public void Recognize_CapitalizedPairAfterAnArticle_IsNoPerson() =>
        Assert.DoesNotContain(Run("The budget earmarks funds for stadiums ahead of the World Cup, which Morocco will co-host.", "en"), e => e.Type == EntityType.Person);

    [Fact]
    public void Recognize_EnglishLowercaseMinistryBeforeAVerb_TakesNoWordsAfterIt() =>
        Assert.DoesNotContain(Run("The envoy met his counterpart at the foreign ministry and was due to see the president.", "en"),
            e => e.Mentions.Any(m => m.Text.Contains("and was", StringComparison.Ordinal)));

    [Fact]
    public void Recognize_RoleBeforeAPeoplePlural_IsNoPerson()
    {
        var entities = Run("وقال المتحدث للصحفيين الأجانب إن الحدود مغلقة.", "ar");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("أعلنت وزارة الصحة ارتفاع عدد الإصابات.", "Ministry of Health")]
    [InlineData("أعلنت وزارة الصحة المغربية ارتفاع عدد الإصابات.", "Ministry of Health of Morocco")]
    [InlineData("وفق بيانات وزارة التخطيط والتنمية الاقتصادية الصادرة اليوم.", "Ministry of Planning and Economic Development")]
    [InlineData("قالت وزارة الصحة والسكان إن الحملة بدأت.", "Ministry of Health and Population")]
    [InlineData("وطالبت وزارة الخارجية والمغتربين المجتمع الدولي بالتحرك.", "Ministry of Foreign Affairs and Expatriates")]
    [InlineData("وطالبت وزارة الخارجية المجتمع الدولي بالتحرك.", "Ministry of Foreign Affairs")]
    public void Recognize_MinistryOfAPortfolio_IsNamedInEnglish(string text, string name)
    {
        Assert.Contains(Run(text, "ar"), e => e.Type == EntityType.Organization && e.Name == name);
    }

    [Fact]
    public void Recognize_GenericHeadBeforeAKnownBody_IsThatBody()
    {
        var body = Assert.Single(Run("أعلنت شركة أرامكو السعودية ارتفاع أرباحها.", "ar"), e => e.Type == EntityType.Organization);
        Assert.Equal("Aramco", body.Name);
        Assert.Equal("أرامكو السعودية", Assert.Single(body.Mentions).Text);
    }

    [Fact]
    public void Recognize_RoleOfAKnownBodyAfterItsGenericHead_GivesThePerson()
    {
        var entities = Run("وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الطلب قوي.", "ar");
        Assert.Equal("أمين الناصر", Assert.Single(Assert.Single(entities, e => e.Type == EntityType.Person).Mentions).Text);
    }

    [Theory]
    [InlineData("اقتحمت القوات الإسرائيلية بلدة قباطية جنوب جنين فجر اليوم.", "قباطية", "PS")]
    [InlineData("وشهدت قرية المغير شرق رام الله مواجهات عنيفة.", "المغير", "PS")]
    [InlineData("وصلت القافلة إلى مدينة القلابات غرب القضارف.", "القلابات", "SD")]
    public void Recognize_UnknownPlaceByDirectionFromAKnownOne_IsAPlaceOfItsCountry(string text, string mention, string country)
    {
        var place = Assert.Single(Run(text, "ar"), e => e.Mentions.Any(m => m.Text == mention));
        Assert.Equal((EntityType.Location, country), (place.Type, place.Country));
    }

    [Theory]
    [InlineData("قتل شخصان في غارة جنوب لبنان.")]
    [InlineData("أعلن الجيش منطقة عسكرية شمال غزة.")]
    [InlineData("أصيب ثلاثة في انفجار وسط بغداد.")]
    public void Recognize_CommonNounBeforeADirection_IsNoPlace(string text)
    {
        Assert.DoesNotContain(Run(text, "ar"), e => e.Mentions.Any(m => m.Text is "غارة" or "عسكرية" or "انفجار"));
    }

    [Theory]
    [InlineData("Egypt's central bank raised its key rate on Thursday.", "Central Bank of Egypt")]
    [InlineData("Analysts expect Jordan's central bank to hold rates.", "Central Bank of Jordan")]
    public void Recognize_CountrysCentralBank_IsThatCentralBank(string text, string name)
    {
        Assert.Contains(Run(text, "en"), e => e.Type == EntityType.Organization && e.Name == name);
    }

    [Fact]
    public void Recognize_ArabicProclitics_AreNotPartOfTheMention()
    {
        var entities = Run("وصل الوفد إلى عمّان وبكين وبالقاهرة، ثم توجه لموسكو.", "ar");
        var mentions = entities.SelectMany(e => e.Mentions).Select(m => m.Text).ToList();
        Assert.Contains("بكين", mentions);
        Assert.Contains("القاهرة", mentions);
        Assert.Contains("موسكو", mentions);
        Assert.DoesNotContain("وبكين", mentions);
    }

    [Fact]
    public void Recognize_ArabicSurnameLater_JoinsTheFullName()
    {
        var entities = Run("قال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده تدعم الحوار. وأضاف إبراهيم أن المحادثات ستستمر.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Equal("MY", person.Country);
    }

    [Fact]
    public void Recognize_OrganizationWithBracketedAbbreviation_IsOneEntity()
    {
        var entities = Run("أعلنت الهيئة العامة للاستثمار والمناطق الحرة ومنظمة الصحة العالمية (WHO) عن برنامج مشترك.", "ar");
        var who = Assert.Single(entities, e => e.Name == "World Health Organization");
        Assert.Equal(["منظمة الصحة العالمية", "WHO"], who.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Recognize_ArabicHeadNounOrganization_WithNationalityGetsCountry()
    {
        var entities = Run("أصدرت وزارة الخارجية الروسية بيانا، وردت الحكومة الفرنسية عليه.", "ar");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Country == "RU" && e.Mentions[0].Text == "وزارة الخارجية الروسية");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Name == "Government of France");
    }

    [Fact]
    public void Recognize_EnglishTitleAndGivenName_FindPeopleAndAbbreviations()
    {
        var entities = Run("Foreign Minister Penny Wong met IMF officials in Canberra on Monday. A delegation led by Maria Lopez joined the talks, Wong said.", "en");
        var wong = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Penny Wong"));
        Assert.Contains(wong.Mentions, m => m.Text == "Wong");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name == "Maria Lopez");
        Assert.Contains(entities, e => e.Name == "International Monetary Fund");
        Assert.Contains(entities, e => e.Name == "Canberra" && e.Country == "AU");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "Monday"));
    }

    [Fact]
    public void Recognize_FrenchElisionAndTitle_FindCountryAndPerson()
    {
        var entities = Run("Le président tunisien Kaïs Saïed a reçu mardi le ministre des Affaires étrangères de l'Italie au palais de Carthage.", "fr");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Country == "TN");
        var italy = Assert.Single(entities, e => e.Name == "Italy");
        Assert.Equal("Italie", italy.Mentions[0].Text);
    }

    [Fact]
    public void Recognize_CurrencyAdjective_IsNotACountry()
    {
        var entities = Run("Exports reached 4.6 trillion U.S. dollars last year.", "en");
        Assert.DoesNotContain(entities, e => e.Name == "United States");
    }

    [Theory]
    [InlineData("وصل وفد أردني إلى الأردن أمس، وأكدت المملكة أنها ستستضيف القمة.", "ar", "JO", "المملكة")]
    [InlineData("وقع المغرب اتفاقا مع فرنسا، والمملكة هي أكبر مصدر للفوسفات.", "ar", "MA", "المملكة")]
    [InlineData("Saudi Arabia pledged new aid on Monday. The kingdom said the money would arrive within a week.", "en", "SA", "kingdom")]
    [InlineData("Le Maroc a signé un accord avec la France. Le royaume exportera davantage de phosphates.", "fr", "MA", "royaume")]
    public void Recognize_KingdomAlone_IsTheKingdomNamedBefore(string text, string lang, string country, string mention)
    {
        var kingdom = Assert.Single(Run(text, lang), e => e.Country == country && e.Type == EntityType.Location);
        Assert.Contains(kingdom.Mentions, m => m.Text == mention);
    }

    [Fact]
    public void Recognize_ArabicKingdomWithNoneNamed_IsSaudiArabia()
    {
        // Pan-Arab news writes an unqualified "المملكة" for Saudi Arabia.
        var entities = Run("زار الرئيس الفرنسي الجزائر، وقالت المملكة في بيان إنها ترحب بالزيارة.", "ar");
        var kingdom = Assert.Single(entities, e => e.Country == "SA");
        Assert.Equal("المملكة", Assert.Single(kingdom.Mentions).Text);
    }

    [Fact]
    public void Recognize_EnglishKingdomWithNoneNamed_IsNotAnEntity()
    {
        var entities = Run("France and Algeria met in Paris. The kingdom of ice is a children's tale they both enjoy.", "en");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.Contains("kingdom", StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_UnitedKingdom_IsNotTakenForTheKingdomNamedBefore()
    {
        var entities = Run("أعلنت السعودية عن مساعدات، وأكدت المملكة المتحدة دعمها.", "ar");
        Assert.Contains(entities, e => e.Country == "GB" && e.Mentions.Any(m => m.Text == "المملكة المتحدة"));
        Assert.Single(Assert.Single(entities, e => e.Country == "SA").Mentions);
    }

    [Fact]
    public void Recognize_ArabicKingdomWithOnlyANationalityAdjective_IsThatKingdom()
    {
        var entities = Run("قال وزير المالية الأردني إن صادرات المملكة ارتفعت بنسبة خمسة في المئة.", "ar");
        var kingdom = Assert.Single(entities, e => e.Type == EntityType.Location);
        Assert.Equal(("Jordan", "JO"), (kingdom.Name, kingdom.Country));
    }

    [Theory]
    [InlineData("قال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحافي عقده في عمان إن الحوار هو الحل.", "Amman", "JO")]
    [InlineData("وقعت سلطنة عمان والهند اتفاقية تجارة حرة، وقالت مسقط إن عمان ستخفض الرسوم.", "Oman", "OM")]
    [InlineData("التقى أيمن الصفدي بأسعد الشيباني في عمان اليوم.", "Amman", "JO")]
    [InlineData("أعلنت عمان عن خطة جديدة للطاقة.", "Oman", "OM")]
    public void Recognize_ArabicFormOfACountryAndAForeignCity_FollowsTheCountryTheArticleNames(string text, string name, string country)
    {
        var entities = Run(text, "ar");
        Assert.Contains(entities, e => e.Name == name && e.Country == country && e.Mentions.Any(m => m.Text == "عمان"));
    }

    [Fact]
    public void Recognize_ArabicSpokesmanForABody_NameStartsAfterTheBody()
    {
        var entities = Run("ونفى المتحدث باسم الحركة يحيى سعيد هذه الاتهامات.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("يحيى سعيد", Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("وصل المبعوث الأممي إلى ليبيا عبد الله باتيلي إلى طرابلس يوم الأحد.", "ar", "عبد الله باتيلي", "Libya")]
    [InlineData("The US ambassador to China Nicholas Burns met business leaders in Shanghai.", "en", "Nicholas Burns", "China")]
    public void Recognize_RolePostedToAPlace_NameFollowsThePlace(string text, string lang, string name, string place)
    {
        var entities = Run(text, lang);
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, Assert.Single(person.Mentions).Text);
        Assert.NotEqual(entities.Single(e => e.Name == place).Country, person.Country);
    }

    [Theory]
    [InlineData("أعلن الجهاز المركزي للتعبئة العامة والإحصاء أن عدد السكان ارتفع.", "الجهاز المركزي للتعبئة العامة والإحصاء")]
    [InlineData("وقعت المؤسسة العامة للبترول عقدا جديدا الأسبوع الماضي.", "المؤسسة العامة للبترول")]
    [InlineData("وقالت وزارة الخارجية للصحفيين إن الاجتماع تأجل.", "وزارة الخارجية")]
    [InlineData("أصدر معهد بروكينغز للأبحاث تقريرا.", "معهد بروكينغز")]
    public void Recognize_ArabicBodyWithLamGenitive_NameRunsThroughIt(string text, string mention)
    {
        var organization = Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Organization);
        Assert.Equal(mention, Assert.Single(organization.Mentions).Text);
    }

    [Theory]
    [InlineData("Le président ivoirien Alassane Ouattara a reçu son homologue ghanéen Nana Akufo-Addo.", "fr", "Alassane Ouattara", "CI", "Nana Akufo-Addo", "GH")]
    [InlineData("Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan.", "en", "William Ruto", "KE", "Samia Suluhu Hassan", "TZ")]
    [InlineData("استقبل الرئيس الموريتاني محمد ولد الغزواني نظيره السنغالي باسيرو ديوماي فاي.", "ar", "محمد ولد الغزواني", "MR", "باسيرو ديوماي فاي", "SN")]
    public void Recognize_LeadersByNationality_GetTheirCountries(string text, string lang, string first, string firstCountry, string second, string secondCountry)
    {
        var entities = Run(text, lang);
        Assert.Equal(firstCountry, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == first)).Country);
        Assert.Equal(secondCountry, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == second)).Country);
    }

    [Fact]
    public void Recognize_IndefiniteSpokesmanForAPronounBody_IsNoPerson()
    {
        var entities = Run("وقال متحدث باسم خارجيتها إن القرار مرفوض.", "ar");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("قتل خمسة أشخاص في قصف على مدينة حجة بمحافظة تعز.", "محافظة تعز", "Taiz")]
    [InlineData("وصلت المساعدات إلى ولاية الخرطوم يوم الأحد.", "ولاية الخرطوم", "Khartoum")]
    public void Recognize_AdministrativeNounBeforeARegion_IsPartOfTheMention(string text, string mention, string name)
    {
        var place = Assert.Single(Run(text, "ar"), e => e.Name == name);
        Assert.Equal(mention, Assert.Single(place.Mentions).Text);
    }

    [Theory]
    [InlineData("Selon la Banque africaine de développement, la croissance ralentit.", "fr", "Banque africaine de développement")]
    [InlineData("Reliance Industries posted a record profit on Friday.", "en", "Reliance Industries")]
    [InlineData("Le Groupe Renault a publié ses résultats.", "fr", "Groupe Renault")]
    public void Recognize_CompanyOrBodyByItsHeadWord_IsAnOrganization(string text, string lang, string mention)
    {
        var organization = Assert.Single(Run(text, lang), e => e.Type == EntityType.Organization);
        Assert.Equal(mention, Assert.Single(organization.Mentions).Text);
    }

    [Theory]
    [InlineData("Aisha Khan, a professor at Cairo University, disagreed.", "Cairo University")]
    [InlineData("The China Development Bank lent $2 billion.", "China Development Bank")]
    public void Recognize_PlaceBeforeABodysHeadWord_IsTheBody(string text, string mention)
    {
        var entities = Run(text, "en");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("قال وزير الخارجية الأردني أيمن الخطيب إن الحوار ضروري.", "Ayman al-Khatib")]
    [InlineData("وقال الوزير عبد الرحمن الخالدي إن الخطة جاهزة.", "Abdel Rahman al-Khalidi")]
    public void Recognize_UnknownArabicPerson_IsNamedWithPressSpellings(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person).Name);
    }

    [Fact]
    public void Recognize_FrenchMinistryWithNationalityAndPortfolio_IsOneBodyOfThatCountry()
    {
        var ministry = Assert.Single(Run("L'Algérie a rappelé son ambassadeur, a annoncé le ministère algérien des Affaires étrangères.", "fr"), e => e.Type == EntityType.Organization);
        Assert.Equal(("ministère algérien des Affaires étrangères", "DZ"), (Assert.Single(ministry.Mentions).Text, ministry.Country));
    }

    [Fact]
    public void Recognize_NisbaOfAnotherCountryAfterTheName_IsAFamilyName()
    {
        var person = Assert.Single(Run("قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستحقق في الهجوم.", "ar"), e => e.Type == EntityType.Person);
        Assert.Equal(("محمد شياع السوداني", "IQ"), (Assert.Single(person.Mentions).Text, person.Country));
    }

    [Fact]
    public void Recognize_TitleOfAGovernmentByItsName_NameFollowsTheBody()
    {
        var person = Assert.Single(Run("وقال رئيس حكومة تصريف الأعمال نجيب ميقاتي إن لبنان لا يريد الحرب.", "ar"), e => e.Type == EntityType.Person);
        Assert.Equal("نجيب ميقاتي", Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("أعلن الرئيس عن تشكيل حكومة جديدة بعد الانتخابات.")]
    [InlineData("وأصدرت منظمة دولية تقريرا عن الأوضاع.")]
    public void Recognize_HeadNounWithAFeminineAdjective_IsNoOrganization(string text)
    {
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognize_NationalityAfterALamGenitive_GivesTheBodyItsCountry()
    {
        var agency = Assert.Single(Run("وقالت الوكالة الوطنية للإعلام اللبنانية إن الغارات أسفرت عن ضحايا.", "ar"), e => e.Type == EntityType.Organization);
        Assert.Equal(("الوكالة الوطنية للإعلام اللبنانية", "LB"), (Assert.Single(agency.Mentions).Text, agency.Country));
    }

    [Fact]
    public void Recognize_ArabicNameBeforeAConstructObject_StopsAtTheName()
    {
        var entities = Run("وطالب المبعوث الأممي إلى ليبيا خالد منصور طرفي الأزمة بالعودة إلى الحوار.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("خالد منصور", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Recognize_ArabicNameWithAFamilyNisba_KeepsIt()
    {
        var entities = Run("وقال وزير الخارجية سامي حسن البديوي إن المحادثات مستمرة.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("سامي حسن البديوي", Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("China's commerce ministry on Friday condemned the tariffs.", "en")]
    [InlineData("The trade ministry on Monday said exports rose.", "en")]
    public void Recognize_LowercaseBodyBeforeADay_DoesNotRunIntoTheDay(string text, string language) =>
        Assert.DoesNotContain(Run(text, language), e => e.Mentions.Any(m => m.Text.EndsWith("day", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Selon l'ONU, les violences ont augmenté.", "ONU", "United Nations")]
    [InlineData("Le chef de l'OMS est arrivé à Genève.", "OMS", "World Health Organization")]
    [InlineData("Les ministres de l'UE se réunissent lundi.", "UE", "European Union")]
    public void Recognize_FrenchElisionBeforeAnAbbreviation_IsLeftOutOfTheMention(string text, string mention, string name)
    {
        var body = Assert.Single(Run(text, "fr"), e => e.Type == EntityType.Organization);
        Assert.Equal(name, body.Name);
        Assert.Equal(mention, Assert.Single(body.Mentions).Text);
    }

    [Fact]
    public void Recognize_ArabicRoleWithAConstructComplement_NamesThePersonAfterIt()
    {
        var entities = Run("وقالت رئيسة بعثة الصندوق إيفانا فلادكوفا هولار إن المحادثات مثمرة.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("إيفانا فلادكوفا هولار", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Recognize_ArabicRoleBeforeAnUnknownNameWithADefiniteFamilyName_KeepsTheName()
    {
        var entities = Run("وقال القائد زوبع الدربان إن المحادثات مثمرة.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("زوبع الدربان", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Recognize_BureauHeadAndHyphenatedGeneralTitle_FindBodyAndPerson()
    {
        var entities = Run("The National Bureau of Statistics said prices rose, Statistician-General Adeyemi Adeniran told reporters.", "en");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions[0].Text == "National Bureau of Statistics");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Adeyemi Adeniran", person.Mentions[0].Text);
    }

    [Fact]
    public void Recognize_FrenchObservatoryAndLeague_AreOrganizations()
    {
        var entities = Run("L'Observatoire syrien des droits de l'homme et la Ligue arabe ont publié un rapport.", "fr");
        Assert.Equal(2, entities.Count(e => e.Type == EntityType.Organization));
    }

    [Fact]
    public void Recognize_ArabicSpokesmanWithAnAdjectiveBeforeOnBehalfOf_NamesThePerson()
    {
        var entities = Run("وقال المتحدث العسكري باسم الجماعة سالم النجار إن العملية انتهت.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("سالم النجار", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Recognize_ArabicRoleWithTwoPortfolios_NamesThePerson()
    {
        var entities = Run("ووقع الاتفاقية وزير الطاقة والثروة المعدنية صالح الخرابشة في عمان.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("صالح الخرابشة", Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("وتراجعت حركة الشحن عبر قناة السويس بنحو 60 في المئة.")]
    [InlineData("وعادت حركة الملاحة في المطار إلى طبيعتها.")]
    public void Recognize_MovementOfTraffic_IsNoOrganization(string text) =>
        Assert.DoesNotContain(Run(text, "ar"), e => e.Type == EntityType.Organization);

    [Theory]
    [InlineData("The deal was announced by Chinese Vice Premier Ding Xuexiang in Riyadh.", "Ding Xuexiang")]
    [InlineData("\"We are committed to Asia,\" Aramco Chief Executive Amin Nasser said.", "Amin Nasser")]
    public void Recognize_EnglishRolesBeforeAName_StayOutOfTheName(string text, string name)
    {
        var person = Assert.Single(Run(text, "en"), e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Mentions[0].Text);
    }

    [Fact]
    public void Recognize_LowercaseWordBeforeNews_IsNoNewsSite() =>
        Assert.DoesNotContain(Run("The state news agency reported the meeting.", "en"), e => e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Iranian Foreign Minister Abbas Araqchi met the envoy in Tehran.", "en", "Abbas Araqchi")]
    [InlineData("والتقى وزير الخارجية الإيراني عباس عراقجي المبعوث في طهران.", "ar", "عباس عراقجي")]
    public void Recognize_KnownOneWordAliasOpeningAnotherName_IsTheOtherPerson(string text, string language, string mention)
    {
        var person = Assert.Single(Run(text, language), e => e.Type == EntityType.Person);
        Assert.Equal(mention, Assert.Single(person.Mentions).Text);
        Assert.NotEqual("Mahmoud Abbas", person.Name);
    }

    [Fact]
    public void Recognize_ArabicAmbassadorPostedInACity_NamesTheFullName()
    {
        var entities = Run("وأكد السفير القطري في بيروت سعود بن عبد الرحمن آل ثاني أن بلاده مستمرة في دعم لبنان.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("سعود بن عبد الرحمن آل ثاني", Assert.Single(person.Mentions).Text);
        Assert.Equal("QA", person.Country);
    }

    [Fact]
    public void Recognize_ArabicSpokesmanOfAKnownBody_FindsTheBodyAndThePerson()
    {
        var entities = Run("وقال المتحدث باسم الدفاع المدني محمود بصل إن الطواقم تعمل.", "ar");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Name == "Civil Defence");
        Assert.Equal("محمود بصل", Assert.Single(entities, e => e.Type == EntityType.Person).Mentions[0].Text);
    }

    [Theory]
    [InlineData("Le ministère français des Affaires étrangères a convoqué l'ambassadeur.", "fr", "Ministry of Foreign Affairs of France", "ministère français des Affaires étrangères")]
    [InlineData("Le ministère algérien de la Santé a publié un bilan.", "fr", "Ministry of Health of Algeria", "ministère algérien de la Santé")]
    [InlineData("The Israeli Defense Ministry approved the plan on Monday.", "en", "Ministry of Defence of Israel", "Israeli Defense Ministry")]
    [InlineData("Ukraine's Foreign Ministry summoned the envoy.", "en", "Ministry of Foreign Affairs of Ukraine", "Foreign Ministry")]
    public void Recognize_LatinMinistry_IsNamedLikeTheArabicOne(string text, string lang, string name, string mention)
    {
        var ministry = Assert.Single(Run(text, lang), e => e.Type == EntityType.Organization);
        Assert.Equal((name, mention), (ministry.Name, ministry.Mentions[0].Text));
    }

    [Theory]
    [InlineData("President Abdel Fattah al-Sisi received Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Cairo.", "Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani")]
    [InlineData("Jordan's King Abdullah warned of catastrophic consequences.", "King Abdullah II", "King Abdullah")]
    public void Recognize_KnownPersonWithHonorific_IsTheWholeName(string text, string name, string mention)
    {
        var person = Assert.Single(Run(text, "en"), e => e.Name == name);
        Assert.Equal(mention, person.Mentions[0].Text);
    }

    [Theory]
    [InlineData("Le ministère de l'Économie et des Finances a publié les chiffres jeudi.", "ministère de l'Économie et des Finances")]
    [InlineData("Le ministère de l'Énergie, du Pétrole et des Mines a signé le contrat.", "ministère de l'Énergie, du Pétrole et des Mines")]
    [InlineData("Le ministère de la Santé et des Affaires sociales a lancé une campagne.", "ministère de la Santé et des Affaires sociales")]
    [InlineData("La Police nationale d'Haïti a arrêté dix suspects à Port-au-Prince.", "Police nationale d'Haïti")]
    [InlineData("L'Assemblée nationale du Québec a adopté le projet de loi.", "Assemblée nationale du Québec")]
    public void Recognize_FrenchBodyWithCoordinatedOrElidedComplements_IsOneMention(string text, string mention)
    {
        var entities = Run(text, "fr");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));
    }

    [Fact]
    public void Recognize_CommaAfterAMinistryBeforeNames_EndsTheMinistry()
    {
        var entities = Run("The Ministry of Finance, Ahmed Ali and Omar Hassan said the budget was ready.", "en");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Single().Text == "Ministry of Finance");
    }

    [Theory]
    [InlineData("The Egyptian presidency said the talks went well.", "en", "Egyptian presidency", "Presidency of Egypt", "EG")]
    [InlineData("Israeli troops raided the camp on Tuesday.", "en", "Israeli troops", "Armed Forces of Israel", "IL")]
    [InlineData("Le gouvernement malien a démenti ces informations.", "fr", "gouvernement malien", "Government of Mali", "ML")]
    [InlineData("Les forces de sécurité maliennes ont arrêté trois hommes.", "fr", "forces de sécurité maliennes", "Security Forces of Mali", "ML")]
    [InlineData("L'armée malienne a repoussé l'attaque.", "fr", "armée malienne", "Armed Forces of Mali", "ML")]
    public void Recognize_NationalityWithAStateBodyNoun_IsThatStatesBody(string text, string lang, string mention, string name, string country)
    {
        var body = Assert.Single(Run(text, lang), e => e.Type == EntityType.Organization);
        Assert.Equal((name, country, mention), (body.Name, body.Country, Assert.Single(body.Mentions).Text));
    }

    [Fact]
    public void Recognize_StateBodyTheGazetteerNames_KeepsTheGazetteerName()
    {
        var body = Assert.Single(Run("L'armée soudanaise a repoussé l'attaque.", "fr"), e => e.Type == EntityType.Organization);
        Assert.Equal("Sudanese Armed Forces", body.Name);
    }

    [Fact]
    public void Recognize_FamilyNameThatIsAlsoABodysName_EndsThePersonsName()
    {
        var entities = Run("Congo's foreign minister, Thérèse Kayikwamba Wagner, condemned the shelling.", "en");
        Assert.Equal("Thérèse Kayikwamba Wagner", Assert.Single(entities, e => e.Type == EntityType.Person).Mentions[0].Text);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("France's foreign ministry condemned the strikes.", "foreign ministry", "Ministry of Foreign Affairs of France")]
    [InlineData("Lebanon's health ministry said five people were killed.", "health ministry", "Ministry of Health of Lebanon")]
    [InlineData("The Israeli defence ministry approved the plan.", "Israeli defence ministry", "Ministry of Defence of Israel")]
    [InlineData("Egypt's government said it would respond.", "government", "Government of Egypt")]
    public void Recognize_LowercaseBodyOfANamedCountry_IsThatCountrysBody(string text, string mention, string name)
    {
        var body = Assert.Single(Run(text, "en"), e => e.Type == EntityType.Organization);
        Assert.Equal((name, mention), (body.Name, Assert.Single(body.Mentions).Text));
    }

    [Theory]
    [InlineData("Sisi received him at the Ittihadiya palace in Cairo.", "en", "Ittihadiya palace")]
    [InlineData("Protesters gathered in Tahrir Square on Friday.", "en", "Tahrir Square")]
    [InlineData("Les deux présidents se sont entretenus au palais d'El Mouradia.", "fr", "palais d'El Mouradia")]
    [InlineData("Il a été reçu au palais de la République à Dakar.", "fr", "palais de la République")]
    public void Recognize_NamedBuildingOrSite_IsAPlace(string text, string lang, string mention)
    {
        var entities = Run(text, lang);
        Assert.Contains(entities, e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Text == mention));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && mention.Contains(e.Mentions[0].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_FrenchCommonNounPlace_IsNoPlace() =>
        Assert.DoesNotContain(Run("La place financière reste fragile, selon les analystes.", "fr"), e => e.Type == EntityType.Location);

    [Theory]
    [InlineData("وأعلن رئيس مجلس التنسيق البحريني البريطاني أن الاجتماع ناجح.", "مجلس التنسيق البحريني البريطاني")]
    [InlineData("واجتمعت اللجنة العليا الأردنية السورية المشتركة في عمان.", "اللجنة العليا الأردنية السورية المشتركة")]
    [InlineData("وذكر موقع الجزيرة نت أن المفاوضات مستمرة.", "الجزيرة نت")]
    public void Recognize_ArabicBilateralOrNewsSiteBody_IsOneMention(string text, string mention) =>
        Assert.Contains(Run(text, "ar"), e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));

    [Fact]
    public void Recognize_ArabicPlaceTheGazetteerWritesWithItsSettlementNoun_LeavesTheNounOut()
    {
        var place = Assert.Single(Run("وقتل شخصان في غارة على بلدة الخيام.", "ar"));
        Assert.Equal(("Khiam", "الخيام"), (place.Name, Assert.Single(place.Mentions).Text));
    }

    [Theory]
    [InlineData("ووصف الأمين العام للحزب وائل السقا النتائج بأنها رسالة ثقة.", "وائل السقا")]
    [InlineData("وقال المدير خالد العتيبي النتائج جيدة.", "خالد العتيبي")]
    [InlineData("وقال الوزير محمد الحسن العلي إن الوضع جيد.", "محمد الحسن العلي")]
    public void Recognize_ArabicDefiniteWordAfterAFamilyName_IsNoPartOfTheNameUnlessNisba(string text, string name) =>
        Assert.Equal(name, Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Fact]
    public void Recognize_UnknownAbbreviationInRunningText_IsABody()
    {
        var entities = Run("GEORGETOWN, Sept 3 (Reuters) - ExxonMobil and CNOOC said output rose. GDP grew 5% and LNG exports rose.", "en");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == "CNOOC"));
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text is "GDP" or "LNG" or "GEORGETOWN"));
    }

    [Fact]
    public void Recognize_AbbreviationDefinedForADocument_IsNoBodyLater() =>
        Assert.DoesNotContain(
            Run("The Memorandum of Economic and Financial Policies (MEFP) sets the conditions. Once the draft MEFP is shared, talks go on.", "en"),
            e => e.Mentions.Any(m => m.Text == "MEFP"));

    [Theory]
    [InlineData("NAIROBI, June 6 (Kenya News Agency) - Kenya signed seven agreements.", "Kenya News Agency")]
    public void Recognize_NewsSiteWithAHeadWord_IsOneBody(string text, string mention) =>
        Assert.Contains(Run(text, "en"), e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));

    [Theory]
    [InlineData("Fighting between rebels and the army near Sake killed 12 people.", "en", "Sake", "CD")]
    [InlineData("PARAKOU, June 3 (AFP) - Voters queued from dawn.", "en", "PARAKOU", "BJ")]
    [InlineData("Des combats ont eu lieu à Mirebalais lundi.", "fr", "Mirebalais", "HT")]
    [InlineData("Une embuscade a visé un convoi près d'Ouallam.", "fr", "Ouallam", "NE")]
    public void Recognize_TownOfTheGeneratedTableInAPlacesContext_IsAPlace(string text, string lang, string mention, string country)
    {
        var town = Assert.Single(Run(text, lang), e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Text == mention));
        Assert.Equal(country, town.Country);
    }

    [Theory]
    [InlineData("Sake is served warm in winter.", "en")]
    [InlineData("Turkish minister Mehmet Aydın met him. The talks went well, according to Aydın.", "en")]
    public void Recognize_TownNameOutsideAPlacesContext_IsNoPlace(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang), e => e.Type == EntityType.Location);

    [Theory]
    [InlineData("وأكد الشيخ سعود بن راشد المعلا أن الإمارة تدعم المبادرة.", "سعود بن راشد المعلا")]
    [InlineData("واستقبل الوزير كريم بن عمر الوفد المرافق.", "كريم بن عمر")]
    public void Recognize_ArabicWordAfterAPatronymic_IsAFamilyNameUnlessACommonObject(string text, string name) =>
        Assert.Equal(name, Assert.Single(Run(text, "ar"), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Fact]
    public void Recognize_EnglishMinistryByItsPortfolioAlone_IsTheMinistryOfTheArticlesState()
    {
        var entities = Run("RIYADH, Nov 20 (Reuters) - Saudi Arabia expects a budget deficit in 2025, the finance ministry said, as the kingdom prepares to raise output.", "en");
        var ministry = Assert.Single(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == "finance ministry"));
        Assert.Equal(("Ministry of Finance of Saudi Arabia", "SA"), (ministry.Name, ministry.Country));
    }

    [Fact]
    public void Recognize_EnglishMinistryByItsPortfolioWithNoClearState_IsLeftAlone() =>
        Assert.DoesNotContain(Run("Egypt and Jordan met in Cairo and Amman; the finance ministry said talks went well.", "en"), e => e.Mentions.Any(m => m.Text == "finance ministry"));

    [Theory]
    [InlineData("Abu Dhabi-based Masdar will build the plant.", "en", "Abu Dhabi")]
    [InlineData("Lagos-based Cordros Securities expects a rate cut.", "en", "Lagos")]
    [InlineData("Oman, officially the Sultanate of Oman, welcomed the deal.", "en", "Sultanate of Oman")]
    [InlineData("Le sultanat d'Oman a salué l'accord.", "fr", "sultanat d'Oman")]
    [InlineData("Le royaume du Maroc a salué l'accord.", "fr", "royaume du Maroc")]
    [InlineData("Crude flows to the Turkish port of Ceyhan resumed.", "en", "Ceyhan")]
    public void Recognize_PlaceInAFixedPhrase_IsMentionedWithoutTheParticipleOrWithItsStateNoun(string text, string lang, string mention) =>
        Assert.Contains(Run(text, lang), e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Text == mention));

    [Theory]
    [InlineData("GEORGETOWN, Nov. 3 (Reuters) - Output rose in Nov. 2024.", "Nov")]
    [InlineData("Le prix est fixé en francs CFA par l'État.", "CFA")]
    public void Recognize_MonthAbbreviationOrCurrencyName_IsNoEntity(string text, string word) =>
        Assert.DoesNotContain(Run(text, text.Contains("Le ", StringComparison.Ordinal) ? "fr" : "en"), e => e.Mentions.Any(m => m.Text == word));

    [Fact]
    public void Recognize_EnglishTitleWithAPortfolioOfTwoWords_NamesThePersonAfterIt() =>
        Assert.Equal("Vickram Bharrat", Assert.Single(Run("Minister of Natural Resources Vickram Bharrat said output rose.", "en"), e => e.Type == EntityType.Person).Mentions[0].Text);

    [Fact]
    public void Recognize_ArabicCoordinationBody_IsAnOrganizationNoPerson()
    {
        var entities = Run("وقالت تنسيقية لجان المقاومة في الفاشر إن القذائف سقطت على المخيم.", "ar");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == "تنسيقية لجان المقاومة"));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Recognize_ArabicPrepositionJoinedToABuildingNoun_OpensNoName() =>
        Assert.DoesNotContain(Run("واستقبل ملك البحرين الوزير بقصر القضيبية أمس.", "ar"), e => e.Type == EntityType.Person);
    [Theory]
    [InlineData("وصرح مدير عام الصندوق فهد بن حمد السليطي للصحفيين.", "فهد بن حمد السليطي")]
    [InlineData("ويقول الباحث في الشأن السياسي إحسان الشمري إن الوضع صعب.", "إحسان الشمري")]
    public void Recognize_ArabicRoleWithItsBodyOrFieldBeforeAnUnknownName_IsAPerson(string text, string name)
    {
        var entities = Run(text, "ar");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == name));
    }

    [Fact]
    public void Recognize_ArabicRoleWrittenAfterAName_IsNoSecondPerson()
    {
        var entities = Run("وقال ريان هاس الزميل في معهد بروكينغز إن الوضع صعب.", "ar");
        Assert.Single(entities, e => e.Type == EntityType.Person);
    }
    [Theory]
    [InlineData("Selon l'Institut de la statistique du Québec, les exportations ont reculé.", "Institut de la statistique du Québec")]
    [InlineData("L'Association de l'aluminium du Canada a réagi mardi.", "Association de l'aluminium du Canada")]
    public void Recognize_FrenchBodyWithALowercaseComplementThenAPlace_TakesThePlace(string text, string mention)
    {
        var entities = Run(text, "fr");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));
    }

    [Theory]
    [InlineData("Les Emirats arabes unis ont signé l'accord.", "United Arab Emirates")]
    [InlineData("L'Egypte a salué la décision.", "Egypt")]
    public void Recognize_FrenchCapitalWithoutItsAccent_IsTheSameName(string text, string name)
    {
        Assert.Contains(Run(text, "fr"), e => e.Name == name);
    }
    [Theory]
    [InlineData("Kosmos Energy said output rose in March.", "Kosmos Energy")]
    [InlineData("Barrick Mining agreed to pay the tax.", "Barrick Mining")]
    public void Recognize_EnglishCompanyWithAnIndustryHead_IsAnOrganization(string text, string mention)
    {
        Assert.Contains(Run(text, "en"), e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == mention));
    }

    [Fact]
    public void Recognize_PortfolioHeadBeforeARole_IsNoOrganization()
    {
        var entities = Run("Turkish Energy Minister Alparslan Bayraktar met Iraqi officials.", "en");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name == "Alparslan Bayraktar");
    }
    [Theory]
    [InlineData("The Sudanese army said it repelled an attack. The RSF accused the army of shelling civilians.", "en", "army")]
    [InlineData("L'armée malienne a repoussé une attaque. Les rebelles accusent l'armée de frappes sur des civils.", "fr", "armée")]
    public void Recognize_ArmyAloneAfterANamedArmy_IsThatArmy(string text, string lang, string mention)
    {
        var entities = Run(text, lang);
        var army = Assert.Single(entities, e => e.Type == EntityType.Organization && e.Name.Contains("Armed Forces", StringComparison.Ordinal));
        Assert.Contains(army.Mentions, m => m.Text == mention);
    }

    [Fact]
    public void Recognize_ArmyAloneWithNoArmyNamed_IsNoEntity() =>
        Assert.Empty(Run("The army said calm had returned to the capital.", "en"));
    [Theory]
    [InlineData("Les combats entre le M23 et l'armée congolaise s'étendent dans le Nord-Kivu.", "CD")]
    [InlineData("À Brazzaville, le président Denis Sassou Nguesso a passé en revue l'armée congolaise.", "CG")]
    public void Recognize_CongoleseArmy_BelongsToTheCongoTheArticleNames(string text, string country) =>
        Assert.Contains(Run(text, "fr"), e => e.Type == EntityType.Organization && e.Country == country && e.Mentions.Any(m => m.Text == "armée congolaise"));
    [Theory]
    [InlineData("Wale Edun, the finance minister, said prices were falling.", "en", "Wale Edun")]
    [InlineData("Hakainde Hichilema, the president of Zambia, won the vote.", "en", "Hakainde Hichilema")]
    public void Recognize_UnknownNameWithARoleInApposition_IsAPerson(string text, string lang, string mention) =>
        Assert.Contains(Run(text, lang), e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == mention));
}
