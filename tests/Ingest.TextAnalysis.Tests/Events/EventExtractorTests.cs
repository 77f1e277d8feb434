using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Tests.Events;

public class EventExtractorTests
{
    private static (IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<Entity> Entities) Run(string text, string lang)
    {
        var document = AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1));
        var entities = EntityRecognizer.Recognize(document);
        return (EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []), entities);
    }

    private static string Name(IReadOnlyList<Entity> entities, string id) => entities.Single(e => e.Id == id).Name;

    [Fact]
    public void Extract_Counterpart_IsTheNamedPersonOfTheOtherSide()
    {
        var (events, entities) = Run("التقى وزير الخارجية الروسي سيرغي لافروف بنظيره التركي هاكان فيدان في أنقرة.", "ar");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal("Sergei Lavrov", Name(entities, meeting.Participants[0].EntityId));
        Assert.Contains("فيدان", entities.Single(e => e.Id == meeting.Participants[1].EntityId).Mentions[0].Text, StringComparison.Ordinal);
        Assert.Equal("Ankara", Name(entities, meeting.LocationId!));
    }

    [Theory]
    [InlineData("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة ملك الأردن عبد الله الثاني.", "ar")]
    [InlineData("Le président égyptien Abdel Fattah al-Sissi a reçu mercredi au Caire le roi de Jordanie Abdallah II.", "fr")]
    public void Extract_CountryInTheGuestsTitle_IsNoPartyOfItsOwn(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Abdel Fattah el-Sisi", "King Abdullah II"], meeting.Participants.Select(p => Name(entities, p.EntityId)));
        Assert.Equal("Cairo", Name(entities, meeting.LocationId!));
    }

    [Theory]
    [InlineData("U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday.", "en")]
    [InlineData("Le président Emmanuel Macron a téléphoné lundi à son homologue Volodymyr Zelensky.", "fr")]
    public void Extract_PhoneCall_IsAConsultCall(string text, string lang)
    {
        var (events, _) = Run(text, lang);
        var call = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(("call", 2), (call.Mode, call.Participants.Count));
    }

    [Fact]
    public void Extract_SecondRoleAndNameAfterTheSubject_SignsToo()
    {
        var (events, entities) = Run("وقع وزير الطاقة المهندس محمد البشير ووزير الطاقة الأردني صالح الخرابشة مذكرة تفاهم في دمشق.", "ar");
        var signing = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal(2, signing.Participants.Count);
        Assert.Contains(signing.Participants, p => Name(entities, p.EntityId).Contains("Bashir", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ArabicStormed_IsARaid()
    {
        var (events, _) = Run("اقتحمت قوات الاحتلال مدينة نابلس فجر اليوم.", "ar");
        Assert.Contains(events, e => (e.Type, e.Mode) == ("COERCE", "raid"));
    }

    [Theory]
    [InlineData("Le Premier ministre Ousmane Sonko a exclu toute restructuration de la dette.", "fr", "REJECT")]
    [InlineData("M. Attaf a réclamé la restitution des archives à la France.", "fr", "REQUEST")]
    [InlineData("The Arab League demanded that the international community act.", "en", "REQUEST")]
    [InlineData("Prime Minister Ousmane Sonko ruled out any debt restructuring.", "en", "REJECT")]
    public void Extract_DemandsAndRefusals_AreCoded(string text, string lang, string type)
    {
        var (events, _) = Run(text, lang);
        Assert.Contains(events, e => e.Type == type);
    }

    [Theory]
    [InlineData("تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.", "ar")]
    [InlineData("President Abdel Fattah el-Sisi received a phone call from French President Emmanuel Macron on Monday.", "en")]
    [InlineData("Le président Abdel Fattah al-Sissi a reçu un appel téléphonique du président Emmanuel Macron.", "fr")]
    public void Extract_ReceivedPhoneCall_HasTheCallerFirst(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var call = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal("call", call.Mode);
        Assert.Equal("Emmanuel Macron", Name(entities, call.Participants[0].EntityId));
    }

    [Fact]
    public void Extract_MeetingAfterHaythu_IsTheTravellersAtThePlaceBefore()
    {
        var (events, entities) = Run("ووصل المبعوث الأمريكي توم باراك إلى بيروت مساء الاثنين، حيث التقى الرئيس اللبناني جوزيف عون.", "ar");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Tom Barrack", "Joseph Aoun"], meeting.Participants.Select(p => Name(entities, p.EntityId)));
        Assert.Equal("Beirut", Name(entities, meeting.LocationId!));
    }

    [Fact]
    public void Extract_SubjectNounWithNationalityAfterTheVerb_ActsForThatCountry()
    {
        var (events, entities) = Run("قصفت طائرات حربية إسرائيلية مواقع لحزب الله في جنوب لبنان. وقالت إسرائيل إنها ستواصل عملياتها.", "ar");
        var strike = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal(["Israel", "Hezbollah"], strike.Participants.Select(p => Name(entities, p.EntityId)));
    }

    [Fact]
    public void Extract_LaunchedWithAnArmedNoun_IsAnAssault()
    {
        var (events, entities) = Run("شنت إسرائيل غارات على مواقع لحزب الله في جنوب لبنان.", "ar");
        var strike = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("Israel", Name(entities, strike.Participants[0].EntityId));
    }

    [Theory]
    [InlineData("وشنت قوات الاحتلال حملة اعتقالات واسعة في مدينة جنين.")]
    [InlineData("وشن حزب العدالة والتنمية حملة انتخابية في أنقرة.")]
    public void Extract_LaunchedWithoutAnArmedNoun_IsNoAssault(string text) =>
        Assert.DoesNotContain(Run(text, "ar").Events, e => e.Type == "ASSAULT");

    [Fact]
    public void Extract_RoleOfACountryThenCommaAndName_MeetsThePerson()
    {
        var (events, entities) = Run("Le Premier ministre Aziz Akhannouch a rencontré lundi à Rabat le président du Sénégal, Bassirou Diomaye Faye.", "fr");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Aziz Akhannouch", "Bassirou Diomaye Faye"], meeting.Participants.Select(p => Name(entities, p.EntityId)));
        Assert.Equal("SN", entities.Single(e => e.Name == "Bassirou Diomaye Faye").Country);
    }

    [Fact]
    public void Extract_ForcesOfANationality_AreTheNamedArmy()
    {
        var (events, entities) = Run("قال الجيش الإسرائيلي إنه سيرد. واعتقلت القوات الإسرائيلية، الأحد، 14 فلسطينيا في الضفة الغربية.", "ar");
        var arrest = Assert.Single(events, e => e.Type == "COERCE");
        Assert.Equal("Israel Defense Forces", Name(entities, arrest.Participants[0].EntityId));
    }

    [Theory]
    [InlineData("La France a promis 50 millions d'euros au Liban.", "fr", "France", "Lebanon")]
    [InlineData("Turkish President Recep Tayyip Erdogan discussed the war with Russian President Vladimir Putin on Tuesday.", "en", "Recep Tayyip Erdogan", "Vladimir Putin")]
    public void Extract_PledgeToAStateAndDiscussionWithAPerson_HaveTwoParties(string text, string lang, string first, string second)
    {
        var (events, entities) = Run(text, lang);
        var e = Assert.Single(events);
        Assert.Equal([first, second], e.Participants.Select(p => Name(entities, p.EntityId)));
    }

    [Fact]
    public void Extract_HeldAMeetingWithSomeone_IsAMeeting()
    {
        var (events, entities) = Run("وعقد وزير الخارجية السعودي فيصل بن فرحان اجتماعا مع نظيره الإيراني عباس عراقجي في جدة.", "ar");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Faisal bin Farhan", "Abbas Araghchi"], meeting.Participants.Select(p => Name(entities, p.EntityId)));
    }

    [Theory]
    [InlineData("وعقد مجلس الأمن الدولي اجتماعا طارئا في نيويورك لبحث الوضع في السودان.", "ar")]
    [InlineData("Turkish President Recep Tayyip Erdogan discussed the war in Ukraine on Tuesday.", "en")]
    public void Extract_BodysOwnMeetingOrATopic_IsNoConsultation(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Type == "CONSULT");

    [Theory]
    [InlineData("La France condamne fermement l'attaque contre son ambassade.", "fr", "ACCUSE")]
    [InlineData("L'Iran rejette les accusations américaines.", "fr", "REJECT")]
    [InlineData("Egypt condemns the attack on the embassy in Khartoum.", "en", "ACCUSE")]
    [InlineData("Iran denies any role in the attack, the foreign ministry said.", "en", "REJECT")]
    public void Extract_PresentTenseOfALede_IsTheEvent(string text, string lang, string type) =>
        Assert.Single(Run(text, lang).Events, e => e.Type == type);

    [Fact]
    public void Extract_NegatedAndFutureVerbs_AreFlagged()
    {
        var (events, _) = Run("لم تدن الجزائر الهجوم. وسيزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل.", "ar");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Negated);
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "visit" && e.Future && !e.Negated);
    }

    [Fact]
    public void Extract_SameMeetingToldTwice_IsMergedWithBothEvidenceSpans()
    {
        var (events, _) = Run("Prime Minister Narendra Modi met Emmanuel Macron in Paris on Friday. Later, Modi met Macron again to discuss defence deals.", "en");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(2, meeting.Evidence.Count);
    }

    [Theory]
    [InlineData("Le Maroc et la France ont tenu des consultations à Rabat lundi. Les deux pays ont signé un accord sur l'énergie.", "fr")]
    [InlineData("Morocco and France held talks in Rabat on Monday. The two countries signed an energy agreement.", "en")]
    [InlineData("أجرى المغرب وفرنسا محادثات في الرباط يوم الاثنين. ووقع البلدان اتفاقية للتعاون في مجال الطاقة.", "ar")]
    public void Extract_PairSubject_ActorsAreThePairNamedBefore(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var signing = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal(["Morocco", "France"], signing.Participants.Select(p => Name(entities, p.EntityId)).Take(2));
    }

    [Theory]
    [InlineData("Talks ended late on Monday. The two countries signed an energy agreement.", "en")]
    [InlineData("انتهت المحادثات في وقت متأخر يوم الاثنين. ووقع البلدان اتفاقية للتعاون في مجال الطاقة.", "ar")]
    public void Extract_PairSubjectWithNothingToReferTo_InventsNoActors(string text, string lang)
    {
        var (events, _) = Run(text, lang);
        Assert.DoesNotContain(events, e => e.Type == "AGREE" && e.Participants.Count > 0);
    }

    [Fact]
    public void Extract_FrenchSignature_IsAgreeWithTheSigner()
    {
        var (events, entities) = Run("Le président sénégalais Bassirou Diomaye Faye a signé jeudi un accord avec la Mauritanie.", "fr");
        var signing = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal("057", signing.Cameo);
        Assert.Equal("SN", entities.Single(e => e.Id == signing.Participants[0].EntityId).Country);
    }

    [Fact]
    public void Extract_ReportedStatement_IsAStatementOfItsSpeaker()
    {
        var (events, entities) = Run("قال وزير المالية المغربي محمد بنشعبون إن النمو سيتسارع.", "ar");
        var statement = Assert.Single(events, e => e.Type == "STATEMENT");
        Assert.Equal("MA", entities.Single(e => e.Id == statement.Participants[0].EntityId).Country);
    }
}
