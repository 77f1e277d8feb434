using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Quotes;
using static Ingest.TextAnalysis.Tests.Quotes.QuoteRun;

namespace Ingest.TextAnalysis.Tests.Quotes;

public class QuoteExtractorTests
{
    [Fact]
    public void Extract_ArabicVerbSubject_AndPronounContinuation()
    {
        var (quotes, entities) = Run("وقال الرئيس الفرنسي إيمانويل ماكرون إن «أوروبا يجب أن تستعد». وأضاف: «لن نتراجع عن دعمنا».", "ar");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Emmanuel Macron", Speaker(entities, q)));
        Assert.Equal("وأضاف", quotes[1].ReportingVerb);
        Assert.Equal("لن نتراجع عن دعمنا", quotes[1].Text);
    }

    [Theory]
    [InlineData("Foreign Minister Karim Haddad met the envoy on Monday. Labour Minister Rania Saleh said the kingdom had opened two new crossings. \"We will keep them open,\" she said.", "en", "Rania Saleh")]
    [InlineData("Le ministre Paul Girard a salué l'accord. Selon la porte-parole du gouvernement, Claire Dumont, les négociations reprendront en mai. « Rien n'est encore signé », a-t-elle ajouté.", "fr", "Claire Dumont")]
    [InlineData("« L'accord tient », a déclaré le ministre Paul Girard. Le ministre Yves Morel a pour sa part plaidé pour la réforme. « Il faut agir vite », a-t-il ajouté.", "fr", "Yves Morel")]
    public void Extract_PronounAfterReportedSpeech_IsTheReportedSpeaker(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, quotes[^1]));
    }

    [Theory]
    [InlineData("أدانت وزارة الخارجية السودانية الهجوم. وقالت الوزارة في بيان إن \"الهجوم جريمة حرب\".", "ar", "Ministry of Foreign Affairs of Sudan")]
    [InlineData("Egypt's Foreign Ministry condemned the attack. \"This is a war crime,\" the ministry said in a statement.", "en", "Ministry of Foreign Affairs of Egypt")]
    [InlineData("Le ministère nigérien de la Défense a annoncé un bilan. « 41 assaillants ont été tués », a précisé le ministère.", "fr", "Ministry of Defence of Niger")]
    public void Extract_BodyNamedAgainByItsHeadNoun_IsTheSpeaker(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("The Sudan Doctors Network said 60 people were wounded. \"The shells fell on women buying bread,\" the group said in a statement.", "en", "Sudan Doctors Network")]
    [InlineData("L'Organisation mondiale de la santé a publié un bilan. « La situation reste critique », a indiqué l'organisation.", "fr", "World Health Organization")]
    public void Extract_BodyNamedAgainByANounAnyBodyMayBeCalledBy_IsTheLastBody(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_MinisterAfterTheQuote_IsTheHeadOfDiplomacyNamedBefore()
    {
        var (quotes, entities) = Run("Le chef de la diplomatie française Jean-Noël Barrot a été reçu vendredi à Beyrouth par le président libanais Joseph Aoun. « La France se tiendra aux côtés du Liban », a déclaré le ministre.", "fr");
        Assert.Equal("Jean-Noel Barrot", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_RoleWithItsComplementsAndAName_IsThatName()
    {
        var (quotes, entities) = Run("Le ministre mauritanien du Pétrole, Mohamed Ould Cheikh, était présent. « Le Maroc peut devenir la batterie verte de l'Europe », a rappelé la ministre de la Transition énergétique, Salma Idrissi.", "fr");
        Assert.Equal("Salma Idrissi", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("وأكدت وزارة الخارجية العراقية في بيان أن الزيارة ناجحة. «المحادثات كانت صريحة»، بحسب ما قاله وزير الخارجية الأردني أيمن الصفدي للصحفيين.", "Ayman Safadi")]
    [InlineData("وأكدت وزارة الخارجية العراقية أن الزيارة ناجحة. وهي خطوة «تاريخية» على حد تعبير رئيس الوزراء العراقي محمد شياع السوداني.", "Mohammed Shia al-Sudani")]
    public void Extract_ArabicAttributionAfterTheQuote_NamesTheSpeaker(string text, string speaker)
    {
        var (quotes, entities) = Run(text, "ar");
        Assert.Equal(speaker, Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_AccordingToInTheQuotationsSentence_OutweighsThePreviousSpeaker()
    {
        var (quotes, entities) = Run("\"Growth remains weak,\" Bank of Thailand Governor Sethaput Suthiwartnarueput told reporters. The decision was \"appropriate\", according to Krungthai Bank economist Poon Panichpibool.", "en");
        Assert.Equal(["Sethaput Suthiwartnarueput", "Poon Panichpibool"], quotes.Select(q => Speaker(entities, q)));
    }

    [Fact]
    public void Extract_GroupWithNoBodyNamedBefore_HasNoSpeaker() =>
        Assert.Null(Assert.Single(Run("Clashes continued on Sunday. \"We will not stop,\" the group said.", "en").Quotes).SpeakerId);

    [Fact]
    public void Extract_AccordingToAfterTheQuote_NamesTheSpeaker()
    {
        var (quotes, entities) = Run("\"Growth will slow next year,\" according to Omar Farouk, an economist at the bank.", "en");
        Assert.Equal("Omar Farouk", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_SurnameWithoutItsArticle_IsTheSamePerson()
    {
        var (quotes, entities) = Run("Interior Minister Omar al-Khatib arrived in Amman on Monday. \"We expect more help,\" Khatib told a news conference.", "en");
        Assert.Equal("Omar al-Khatib", Speaker(entities, Assert.Single(quotes)));
    }

    [Fact]
    public void Extract_ArabicHonorificPronoun_IsThePersonNamedBefore()
    {
        var (quotes, entities) = Run("أعلن الرئيس الإماراتي الشيخ محمد بن زايد إطلاق المبادرة. وقال سموه: «نريد اقتصادا أقوى».", "ar");
        Assert.Equal("Mohamed bin Zayed", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("وارتفع مؤشر البورصة السعودية \"تاسي\" بنسبة 0.8% في ختام التداولات.", "ar")]
    [InlineData("Le Fonds monétaire international « FMI » a relevé sa prévision.", "fr")]
    public void Extract_OneQuotedWordAfterAName_IsNoQuote(string text, string lang)
    {
        Assert.Empty(Run(text, lang).Quotes);
    }

    [Theory]
    [InlineData("Le ministre a jugé la décision « inacceptable ».", "fr")]
    [InlineData("وقال الرئيس الأمريكي دونالد ترامب: \"كارثة\".", "ar")]
    public void Extract_OneQuotedWordAfterAVerbOrAColon_StaysAQuote(string text, string lang)
    {
        Assert.Single(Run(text, lang).Quotes);
    }

    [Fact]
    public void Extract_ArabicCommonNounSubject_HasNoSpeaker()
    {
        var (quotes, _) = Run("وقال مسؤولون محليون إن \"القصف استمر طوال الليل\".", "ar");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void Extract_EnglishSpeakerBeforeVerb()
    {
        var (quotes, entities) = Run("\u201CWe will keep rates on hold,\u201D Federal Reserve Chair Jerome Powell said on Wednesday.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("Jerome Powell", Speaker(entities, quote));
        Assert.Equal("said", quote.ReportingVerb);
    }

    [Fact]
    public void Extract_FrenchGuillemetsAfterTitleAndName()
    {
        var (quotes, entities) = Run("Le Premier ministre Gabriel Attal a déclaré : « Nous tiendrons nos engagements ».", "fr");
        var quote = Assert.Single(quotes);
        Assert.Equal("Gabriel Attal", Speaker(entities, quote));
        Assert.Equal("Nous tiendrons nos engagements", quote.Text);
    }

    [Fact]
    public void Extract_NameInQuotationMarks_IsNotAQuote()
    {
        var (quotes, _) = Run("وذكرت «رويترز» أن المحادثات انتهت.", "ar");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Extract_ArabicIndefiniteSpokesman_IsNotTheLastPersonNamed()
    {
        var (quotes, _) = Run("استقبل الرئيس الفلسطيني محمود عباس وزير الخارجية الإيطالي. في المقابل، انتقدت إسرائيل القرار، وقال متحدث باسم خارجيتها إن \"الوكالة جزء من المشكلة\".", "ar");
        Assert.Null(Assert.Single(quotes).SpeakerId);
    }

    [Fact]
    public void Extract_FrenchPostposedTitleWithLongComplement_NamesTheSpeakerAfterTheComma()
    {
        var (quotes, entities) = Run("Le roi Mohammed VI a reçu son hôte au palais royal. « C'est un projet historique », a déclaré la ministre marocaine de la Transition énergétique, Leila Benali.", "fr");
        Assert.Equal("Leila Benali", Speaker(entities, Assert.Single(quotes)));
    }

    [Theory]
    [InlineData("« La croissance ralentit », estime l'économiste Philippe Dessertine.", "fr", "Philippe Dessertine")]
    [InlineData("\"Inflation is sticky,\" argued Capital Economics analyst Jason Tuvey.", "en", "Jason Tuvey")]
    [InlineData("وأعرب وزير الخارجية المصري سامح شكري عن أمله قائلا إن \"الحل السياسي هو الطريق الوحيد\".", "ar", "سامح شكري")]
    [InlineData("\"لن نسمح بتكرار ما حدث\"، هكذا علق وزير الداخلية الأردني مازن الفراية على الهجوم.", "ar", "مازن الفراية")]
    public void Extract_LessFrequentReportingVerbs_NameTheSpeaker(string text, string lang, string speaker)
    {
        var (quotes, entities) = Run(text, lang);
        var id = Assert.Single(quotes).SpeakerId;
        Assert.Contains(entities.Single(e => e.Id == id).Mentions, m => m.Text == speaker);
    }
}
