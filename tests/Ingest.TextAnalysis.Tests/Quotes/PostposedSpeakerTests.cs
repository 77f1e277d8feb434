using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Quotes;
using static Ingest.TextAnalysis.Tests.Quotes.QuoteRun;

namespace Ingest.TextAnalysis.Tests.Quotes;

public class PostposedSpeakerTests
{
    [Fact]
    public void Extract_FrenchVerbThenTitleThenName_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("« Nous tiendrons tous nos engagements envers les agriculteurs », a déclaré le directeur général de la coopérative, Pierre Martin, lors d'une réunion à Lyon.", "fr");
        var quote = Assert.Single(quotes);
        Assert.Equal("Pierre Martin", Speaker(entities, quote));
    }

    [Fact]
    public void Extract_EnglishTitleThenApposedNameBeforeVerb_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("“We will keep every plant running through the winter,” the company's chief executive, Jane Doe, told reporters on Monday.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("Jane Doe", Speaker(entities, quote));
    }

    [Fact]
    public void Extract_EnglishVerbThenNameThenTitle_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("“Rates will stay high for longer than markets expect,” said John Smith, the bank's governor.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("John Smith", Speaker(entities, quote));
    }

    [Fact]
    public void Extract_EnglishVerbThenTitleThenName_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("“The agreement is done and signed,” said the finance minister, Peter Brown, after the vote in parliament.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("Peter Brown", Speaker(entities, quote));
    }

    [Fact]
    public void Extract_NameInsideRelativeClause_IsNotTheSpeaker()
    {
        var (quotes, _) = Run("“Nothing changes for now,” said a spokesman, who later met Peter Brown in the capital.", "en");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void Extract_NameInNextSentence_IsNotTheSpeaker()
    {
        var (quotes, _) = Run("« Rien ne change pour l'instant », a déclaré un porte-parole du ministère. Pierre Martin est arrivé ensuite.", "fr");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void Extract_FrenchApposedNameThenAuxiliaryAndVerb_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("Le ministre de l'Agriculture, Pierre Martin, a déclaré que la récolte serait « la meilleure depuis dix ans ».", "fr");
        var quote = Assert.Single(quotes);
        Assert.Equal("Pierre Martin", Speaker(entities, quote));
    }

    [Fact]
    public void Extract_SpeakerBeforeARelativeClause_SpeaksTheQuote()
    {
        var (quotes, entities) = Run("Director General Rafael Grossi, who held talks in Tehran last week, told reporters that inspectors would return \u201cwithin weeks\u201d.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("Rafael Grossi", Speaker(entities, quote));
    }

    [Theory]
    [InlineData("Turkey condemned the Israeli strike, calling it \"a violation of international law\".", "en", "Türkiye")]
    [InlineData("ودانت قطر الهجوم، واصفة إياه بأنه \"انتهاك صارخ للقانون الدولي\".", "ar", "Qatar")]
    [InlineData("La France a condamné l'attaque, la qualifiant d'« inacceptable ».", "fr", "France")]
    public void Extract_SpeakingParticipleAfterAStatesVerb_SpeakerIsTheState(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("وأوضح وزير الصحة فراس الأبيض أن الغارات أوقعت عشرات الضحايا، مؤكدا أن \"المستشفيات تعمل بكامل طاقتها\".", "ar", "Firas al-Abid")]
    [InlineData("وأعلنت قيادة الجيش اللبناني أنها أنجزت انتشار نحو عشرة آلاف عسكري، مؤكدة في بيان أن \"الجيش ماض في تنفيذ مهامه\".", "ar", "Lebanese Army")]
    [InlineData("Le ministre Bruno Retailleau a annoncé l'envoi de renforts, ajoutant que « la loi sera appliquée ».", "fr", "Bruno Retailleau")]
    public void Extract_ParticipleOfSayingAfterAClause_SpeakerIsTheClausesSubject(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("\"We remain committed to the cuts,\" a SOMO spokesperson said.", "en", "SOMO")]
    [InlineData("\"We are ready,\" said a spokesman for the World Food Programme.", "en", "World Food Programme")]
    [InlineData("« Nous sommes prêts », a déclaré un porte-parole de l'ONU.", "fr", "United Nations")]
    [InlineData("وقال متحدث باسم الأمم المتحدة إن \"الوضع هادئ\".", "ar", "United Nations")]
    public void Extract_UnnamedSpokespersonOfABody_SpeakerIsTheBody(string text, string lang, string body)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(body, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_NamedSpokesperson_SpeakerIsThePerson()
    {
        var (quotes, entities) = Run("\"We are ready,\" said Stéphane Dujarric, a spokesman for the United Nations.", "en");
        Assert.Equal("Stéphane Dujarric", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("Finance Minister Wale Edun presented the budget on Tuesday. \"This budget protects the poor,\" the minister said.", "en", "Wale Edun")]
    [InlineData("Central Bank Governor Olayemi Cardoso spoke later. \"Inflation is easing,\" the governor told reporters.", "en", "Olayemi Cardoso")]
    [InlineData("Le ministre des Finances Lionel Zinsou a présenté le budget mardi. « Ce budget protège les plus pauvres », a déclaré le ministre.", "fr", "Lionel Zinsou")]
    public void Extract_RoleWithItsArticle_SpeakerIsThePersonIntroducedWithIt(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_RoleNobodyWasIntroducedWith_HasNoSpeaker()
    {
        var (quotes, entities) = Run("Finance Minister Wale Edun presented the budget on Tuesday. \"Calm returned,\" the official said.", "en");
        Assert.Null(Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("ونقلت وكالة الأنباء عن مصدر حكومي قوله إن «الاتفاق قريب».", null)]
    [InlineData("ونقلت الوكالة عن وزير الخارجية أيمن الصفدي قوله إن «الحوار مستمر».", "Ayman Safadi")]
    public void Extract_ArabicHisSayingAfterFrom_SpeakerIsWhoeverFromIntroduced(string text, string? speaker)
    {
        var (quotes, entities) = Run(text, "ar");
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_ArabicPostposedRoleBeforeAName_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("ويقول الباحث في الشأن السياسي إحسان الشمري إن غياب الصدريين \"سيعيد رسم خريطة التحالفات\".", "ar");
        Assert.Equal("Ahsan al-Shammari", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("La ministre Rima Karami a visité Beyrouth. « Nous sommes prêts », a-t-elle déclaré. Le Premier ministre Nawaf Salam l'a reçue. « Le Liban tient bon », a-t-elle ajouté.", "fr", "Rima Karami")]
    [InlineData("Ms Amina Mohammed visited Juba on Monday. President Salva Kiir received her. \"We will not give up,\" she said.", "en", "Amina Mohammed")]
    public void Extract_FemininePronounAfterAManIsNamed_SpeakerIsTheWomanIntroducedBefore(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, quotes[^1]));
    }

    [Fact]
    public void Extract_ArabicWarningAfterAnotherBodysStatement_SpeakerIsTheOneWarning()
    {
        var (quotes, entities) = Run("أعلنت وزارة الصحة ارتفاع حصيلة الضحايا، فيما حذرت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) من أن «المجاعة باتت وشيكة».", "ar");
        Assert.Equal("UNRWA", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("يواصل زعيم التيار الوطني الشيعي مقتدى الصدر مقاطعة الانتخابات، وكان قد كتب في تدوينة على منصة إكس: \"لن نشارك مع الفاسدين\".", "Muqtada al-Sadr")]
    [InlineData("وقال وزير المالية أحمد كجوك إن العجز تراجع. وقال في بيان إن «الإيرادات زادت».", "Ahmed Kouchouk")]
    [InlineData("ووصف وزير الخارجية أيمن الصفدي الوضع بأنه «كارثي».", "Ayman Safadi")]
    public void Extract_ArabicVerbOfWritingOrDescribingWithAnOmittedSubject_SpeakerOpensTheSentence(string text, string speaker)
    {
        var (quotes, entities) = Run(text, "ar");
        Assert.Equal(speaker, Speaker(entities, quotes[^1]));
    }

    [Fact]
    public void Extract_PersonWithAnAppositionBeforeTheVerb_SpeakerIsThePerson()
    {
        var (quotes, entities) = Run("Jane Doe, an economist at Capital Economics, told Reuters: \"Inflation is sticky.\"", "en");
        Assert.Equal("Jane Doe", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("وأصدرت وزارة الخارجية المصرية بيانا اليوم. وأكد البيان أن «مصر ترفض التهجير».", "Ministry of Foreign Affairs of Egypt")]
    [InlineData("وقالت الرئاسة الجزائرية في بيان إن الرئيس عبد المجيد تبون استقبل السفير. وجاء في البيان: «الجزائر متمسكة بمواقفها».", "Presidency of Algeria")]
    public void Extract_ArabicStatementAsSubject_SpeakerIsTheBodyThatIssuedIt(string text, string speaker)
    {
        var (quotes, entities) = Run(text, "ar");
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_ArabicAttributionToARoleOfABody_SpeakerIsThePersonNamed()
    {
        var (quotes, entities) = Run("أعلنت الجامعة العامة للنقل تنفيذ إضراب عام. \"الإضراب قائم ما لم تلتزم الحكومة بتعهداتها\"، بحسب الكاتب العام للجامعة نبيل الورغي.", "ar");
        Assert.Equal("Nabil al-Wrghy", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_ArabicChannelAsideBetweenVerbAndQuote_SpeakerIsTheVerbsSubject()
    {
        var (quotes, entities) = Run("قال وزير المالية أحمد كجوك إن العجز تراجع. وأضاف كجوك، وفق ما نقلت عنه وكالة أنباء الشرق الأوسط، أن «الإيرادات الضريبية زادت بنحو 35 بالمئة».", "ar");
        Assert.Equal("Ahmed Kouchouk", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_ArabicVerbWithOmittedSubjectAfterAnUnquotedStatement_SpeakerIsThatStatementsSubject()
    {
        var (quotes, entities) = Run("وقالت وزارة الصحة اللبنانية، في بيان، إن الغارات أوقعت ضحايا، وأضافت أن \"بين القتلى أطفالا ونساء\".", "ar");
        Assert.Equal("Ministry of Health of Lebanon", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("Le ministre Bruno Retailleau s'est exprimé mardi. « La loi sera appliquée », a-t-il ajouté devant les députés.")]
    [InlineData("Le ministre Bruno Retailleau s'est exprimé mardi. « Nous irons jusqu'au bout », ajoute-t-il.")]
    public void Extract_FrenchInvertedPronoun_SpeakerIsThePersonBefore(string text)
    {
        var (quotes, entities) = Run(text, "fr");
        Assert.Equal("Bruno Retailleau", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_NameAfterTold_IsTheListenerNotTheSpeaker()
    {
        var (quotes, entities) = Run("\"The talks are at a critical stage,\" a senior Egyptian official told AFP on condition of anonymity.", "en");
        Assert.Null(Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_FrenchVerbThenDayThenHonorificAndFamilyName_SpeakerIsTheFullName()
    {
        var (quotes, entities) = Run("Romuald Wadagni est candidat. « Le Bénin a fait des progrès considérables », a lancé mardi M. Wadagni lors d'un meeting à Parakou.", "fr");
        Assert.Equal("Romuald Wadagni", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("Son adversaire, M. Hounkpè, a dénoncé « un scrutin verrouillé » devant ses partisans.", "Hounkpè")]
    [InlineData("Le ministre de l'Économie, Antoine Armand, a pour sa part salué « un partenariat qui change d'échelle ».", "Antoine Armand")]
    [InlineData("Le ministre de l'Intérieur, Salem Bouzid, a annoncé l'envoi de renforts et promis que « les responsables seront poursuivis ».", "Salem Bouzid")]
    public void Extract_FrenchSubjectBeforeAVerbWhoseObjectIsTheQuote_SpeakerIsTheSubject(string text, string speaker)
    {
        var (quotes, entities) = Run("Karin Holmberg a appelé au calme. " + text, "fr");
        Assert.Equal(speaker, Speaker(entities, quotes[^1]));
    }

    [Fact]
    public void Extract_FrenchBodyByItsAbbreviationAfterTheVerb_SpeakerIsTheBody()
    {
        var (quotes, entities) = Run("Les assaillants ont pris la prison, a indiqué la Police nationale d'Haïti (PNH). « Nous avons renforcé nos positions », a assuré la PNH.", "fr");
        Assert.Equal("Police nationale d'Haïti", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_FrenchAnonymousWitnessAfterAQuoteOfABody_HasNoSpeaker()
    {
        var (quotes, entities) = Run("« Nous avons renforcé nos positions », a assuré la Police nationale. « Les gangs sont arrivés à l'aube », a raconté à l'AFP un habitant.", "fr");
        Assert.Null(Speaker(entities, quotes[^1]));
    }

    [Fact]
    public void Extract_ArabicRoleWithAPlacePhraseBeforeTheName_SpeakerIsTheName()
    {
        var (quotes, entities) = Run("وقال منسق الإغاثة في المحافظة فؤاد العبسي إن «مئات الأسر تفترش العراء». وقال منسق الشؤون الإنسانية لدى الأمم المتحدة في اليمن جوليان هارنيس إن «الفيضانات تضاعف المعاناة».", "ar");
        Assert.Equal(["فؤاد العبسي", "جوليان هارنيس"], quotes.Select(q => entities.First(e => e.Id == q.SpeakerId).Mentions[0].Text));
    }

    [Fact]
    public void Extract_PronounAfterASentenceOpenedByAPerson_RefersToThatPerson()
    {
        var (quotes, entities) = Run("“The count was fair,” said Jean Mensa, the commission's chair. Vice President Mahamudu Bawumia conceded defeat on Sunday and telephoned John Mahama. “The people of Ghana have spoken,” he told reporters.", "en");
        Assert.Equal("Mahamudu Bawumia", Speaker(entities, quotes[^1]));
    }

    [Fact]
    public void Extract_CommonNounSubjectBeforeTheVerb_IsNoNamedSpeaker()
    {
        var (quotes, entities) = Run("“Oil is a tool,” President Irfaan Ali said. An industry executive was more cautious. “The real test is the budget,” the executive said.", "en");
        Assert.Equal("Irfaan Ali", Speaker(entities, quotes[0]));
        Assert.Null(Speaker(entities, quotes[1]));
    }

    [Fact]
    public void Extract_OneWordOfAFullNameBeforeTheVerb_IsThatPerson()
    {
        var (quotes, entities) = Run("Economy and Finance Minister Nadia Fettah Alaoui told parliament the deficit would narrow. “These are difficult choices,” Fettah said.", "en");
        Assert.Equal("Nadia Fettah Alaoui", Speaker(entities, Assert.Single(quotes)));
    }
}
