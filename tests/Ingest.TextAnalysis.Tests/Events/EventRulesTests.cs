using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Tests.Events;

/// <summary>The participant, type and statement rules of the event extractor, on sentences written for these tests.</summary>
public class EventRulesTests
{
    private static (IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<Entity> Entities) Run(string text, string lang)
    {
        var document = AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1));
        var entities = EntityRecognizer.Recognize(document);
        return (EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), DateExtractor.Extract(document)), entities);
    }

    private static string[] Actors(ExtractedEvent e, IReadOnlyList<Entity> entities) =>
        [.. e.Participants.Select(p => entities.Single(x => x.Id == p.EntityId).Name)];

    [Theory]
    [InlineData("رفضت بكين الاتهامات اليابانية. وتقول الصين إن المياه ملوثة.", "ar", "REJECT", "China")]
    [InlineData("Beijing criticized Japan over the water release. China has long opposed the plan.", "en", "ACCUSE", "China")]
    [InlineData("Moscou a dénoncé les sanctions contre la Russie.", "fr", "ACCUSE", "Russia")]
    public void Extract_CapitalAsActor_IsItsCountry(string text, string lang, string type, string country)
    {
        var (events, entities) = Run(text, lang);
        var e = Assert.Single(events, e => e.Type == type);
        Assert.Equal(country, Actors(e, entities)[0]);
    }

    [Fact]
    public void Extract_StateAgainstAForeignLeader_IsCodedBetweenStates()
    {
        var (events, entities) = Run("تربط الهند علاقات قوية مع روسيا. ولم تدن الهند أبدا العملية العسكرية التي أمر بها الرئيس الروسي فلاديمير بوتين.", "ar");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.True(accuse.Negated);
        Assert.Equal(["India", "Russia"], Actors(accuse, entities));
    }

    [Theory]
    [InlineData("دعا الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون لزيارة القاهرة.", "ar")]
    [InlineData("Egyptian President Abdel Fattah el-Sisi invited Emmanuel Macron to visit Cairo.", "en")]
    [InlineData("Le président égyptien Abdel Fattah al-Sissi a invité Emmanuel Macron à visiter Le Caire.", "fr")]
    public void Extract_InvitationToVisit_IsConsultInvite(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var invite = Assert.Single(events);
        Assert.Equal(("CONSULT", "invite", "036"), (invite.Type, invite.Mode, invite.Cameo));
        Assert.Equal("Emmanuel Macron", Actors(invite, entities)[^1]);
    }

    [Fact]
    public void Extract_CallForSomething_StaysARequest()
    {
        var (events, _) = Run("دعا الرئيس المصري عبد الفتاح السيسي إلى وقف فوري لإطلاق النار في غزة.", "ar");
        Assert.Equal("REQUEST", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("زار بوتين الصين عام 2019 قبل الغزو. ولا تزال روسيا تبحث عن شركاء منذ بداية الغزو.", "ar")]
    [InlineData("Trade between the two countries grew. Cooperation and talks are expected to continue.", "en")]
    public void Extract_NounWithoutParticipants_IsNoEvent(string text, string lang)
    {
        var (events, _) = Run(text, lang);
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "CONSULT" && e.Mode is "invasion" or "talks");
    }

    [Fact]
    public void Extract_NounWithItsParticipants_IsOneEventWithAllOfThem()
    {
        var (events, entities) = Run("وعقد الرئيس المصري عبد الفتاح السيسي جلسة مباحثات مع وزير الخارجية الروسي سيرغي لافروف والرئيس التركي رجب طيب أردوغان.", "ar");
        var talks = Assert.Single(events);
        Assert.Equal(["Abdel Fattah el-Sisi", "Sergei Lavrov", "Recep Tayyip Erdogan"], Actors(talks, entities));
    }

    [Fact]
    public void Extract_TargetsStopAtTheNextVerb()
    {
        var (events, entities) = Run("تعهد الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين بالدعم ودعا إلى التعاون مع موسكو ، وفق وكالة شينخوا. وتعد روسيا شريكا رئيسيا للصين.", "ar");
        var pledge = Assert.Single(events, e => e.Type == "SUPPORT");
        Assert.Equal(["Xi Jinping", "Vladimir Putin"], Actors(pledge, entities));
        var request = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal(["Xi Jinping", "Russia"], Actors(request, entities));
    }

    [Theory]
    [InlineData("وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس بالرد على أي اعتداء، داعيا الأمم المتحدة إلى التدخل.", "ar", "THREATEN")]
    [InlineData("The Lebanese army threatened to respond to any attack, calling on the United Nations to intervene.", "en", "THREATEN")]
    public void Extract_TargetsStopAtAParticipleOfManner(string text, string lang, string type)
    {
        var (events, entities) = Run(text, lang);
        var threat = Assert.Single(events, e => e.Type == type);
        Assert.DoesNotContain("United Nations", Actors(threat, entities));
    }

    [Theory]
    [InlineData("Qatar pledged $2 billion to Syria, Foreign Minister Majed al-Ansari said on Monday.", "en", "AID")]
    [InlineData("Morocco condemned the attack on the convoy, spokesman Mustapha Baitas said on Thursday.", "en", "ACCUSE")]
    public void Extract_PersonBeforeAReportingVerb_IsNoTarget(string text, string lang, string type)
    {
        var (events, entities) = Run(text, lang);
        var e = Assert.Single(events, x => x.Type == type);
        Assert.DoesNotContain(e.Participants, p => entities.Single(x => x.Id == p.EntityId).Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Saudi Arabia pledged aid to Egypt. Talks went on after a visit to Cairo by a Saudi delegation on Monday.", "Saudi Arabia")]
    [InlineData("Talks resumed in Algiers after a visit to Algeria by French President Emmanuel Macron.", "Emmanuel Macron")]
    public void Extract_VisitByAnAgent_HasTheAgentAsActor(string text, string visitor)
    {
        var (events, entities) = Run(text, "en");
        var visit = Assert.Single(events, e => e.Mode == "visit");
        Assert.Equal(visitor, Actors(visit, entities)[0]);
    }

    [Fact]
    public void Extract_VisitBySomeoneUnnamed_IsLeftOut()
    {
        var (events, _) = Run("Egypt hosted talks during a visit to Cairo by a delegation of bankers.", "en");
        Assert.DoesNotContain(events, e => e.Mode == "visit");
    }

    [Theory]
    [InlineData("وكانت الجزائر وتونس قد اتفقتا على فتح المعابر.", "Algeria", "Tunisia")]
    [InlineData("وقال البيان إن الجزائر وتونس اتفقتا على فتح المعابر.", "Algeria", "Tunisia")]
    [InlineData("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره المصري عبد الفتاح السيسي في القاهرة. واتفقا على تعزيز التعاون.", "Emmanuel Macron", "Abdel Fattah el-Sisi")]
    public void Extract_ArabicDualVerb_HasBothParties(string text, string first, string second)
    {
        var (events, entities) = Run(text, "ar");
        var agreement = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal([first, second], Actors(agreement, entities));
    }

    [Fact]
    public void Extract_CallWithAForeignLeader_KeepsTheCallerAsSource()
    {
        var (events, entities) = Run("أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الإيراني مسعود بزشكيان. وتقع إيران في آسيا.", "ar");
        var call = Assert.Single(events, e => e.Mode == "call");
        Assert.Equal("Abdel Fattah el-Sisi", Actors(call, entities)[0]);
    }

    [Fact]
    public void Extract_DelegationOfANationalityVisitingACapital_IsThatCountryVisitingItsState()
    {
        var (events, entities) = Run("وتربط مصر والأردن علاقات وثيقة. وقال المتحدث إن وفدا أردنيا سيزور القاهرة الأسبوع المقبل.", "ar");
        var visit = Assert.Single(events, e => e.Mode == "visit");
        Assert.Equal(["Jordan", "Egypt"], Actors(visit, entities));
    }

    [Theory]
    [InlineData("Le ministre Nasser Bourita a reçu lundi son homologue José Manuel Albares. Les deux responsables ont signé un accord sur la migration.", "fr")]
    [InlineData("Foreign Minister Nasser Bourita hosted his counterpart José Manuel Albares on Monday. The two officials signed an accord on migration.", "en")]
    public void Extract_PairOfOfficials_IsBothSidesOfTheEventBefore(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var signing = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal(["Nasser Bourita", "José Manuel Albares"], Actors(signing, entities));
    }

    [Fact]
    public void Extract_PlaceInALocativeNounPhrase_IsTheLocationNotATarget()
    {
        var (events, entities) = Run("Le président Kaïs Saïed a reçu lundi au palais de Carthage la cheffe du gouvernement, Sarra Zaafrani Zenzri, pour discuter du budget.", "fr");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Kais Saied", "Sarra Zaafrani Zenzri"], Actors(meeting, entities));
        Assert.Equal("Carthage", entities.Single(x => x.Id == meeting.LocationId).Name);
    }

    [Fact]
    public void Extract_ArabicNisbaPluralAfterTheVerb_IsTheObject()
    {
        var (events, entities) = Run("دانت المملكة المتحدة الهجمات على السفن، وطالبت الحوثيين بوقفها فورا.", "ar");
        var demand = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal(["United Kingdom", "Houthis"], Actors(demand, entities));
        Assert.Contains(events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Extract_CountryBeforeARole_IsNotAParticipant()
    {
        var (events, entities) = Run("Crown Prince Mohammed bin Salman received U.S. Secretary of State Marco Rubio in Riyadh on Tuesday.", "en");
        var meeting = Assert.Single(events);
        Assert.Equal(["Mohammed bin Salman", "Marco Rubio"], Actors(meeting, entities));
    }

    [Fact]
    public void Extract_ReceivingAThing_IsNoMeeting()
    {
        var (events, entities) = Run("The Kenyan government has received a letter from the IMF on the loan, Finance Minister John Mbadi said on Friday.", "en");
        Assert.DoesNotContain(events, e => e.Type == "CONSULT");
        Assert.Equal(["John Mbadi"], Actors(Assert.Single(events, e => e.Type == "STATEMENT"), entities));
    }

    [Fact]
    public void Extract_AttributionAfterWhatWasSaid_TakesNoPlaceFromIt()
    {
        var (events, _) = Run("The talks covered the situation in Gaza and Lebanon, the Saudi Foreign Ministry said.", "en");
        var statement = Assert.Single(events, e => e.Type == "STATEMENT");
        Assert.Null(statement.LocationId);
    }

    [Theory]
    [InlineData("Israeli strikes killed at least 27 people in Gaza overnight. Israel said it targeted militants.", "Israel")]
    [InlineData("Russia's airstrikes on Kharkiv wounded 12 people, Ukraine said.", "Russia")]
    [InlineData("Russian air strikes hit Odesa on Monday, Ukraine said. Russia denied it.", "Russia")]
    public void Extract_EnglishAssaultNounWithItsAgentBefore_IsThatAgentsAssault(string text, string agent)
    {
        var (events, entities) = Run(text, "en");
        Assert.Equal(agent, Actors(Assert.Single(events, e => e.Type == "ASSAULT"), entities)[0]);
    }

    [Theory]
    [InlineData("Nationwide strikes paralysed France on Tuesday.")]
    [InlineData("The shelling went on through the night in Kharkiv, Ukraine said.")]
    public void Extract_EnglishAssaultNounWithoutAnAgent_IsNoEvent(string text)
    {
        Assert.DoesNotContain(Run(text, "en").Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("Des frappes israéliennes ont tué 15 personnes à Gaza lundi. Israël n'a pas commenté.", "ASSAULT", "Israel")]
    [InlineData("Les sanctions américaines contre l'Iran pèsent sur ses exportations. Les États-Unis les ont renforcées.", "SANCTION", "United States")]
    public void Extract_FrenchNounWithItsNationalityAfter_IsThatCountrysAct(string text, string type, string agent)
    {
        var (events, entities) = Run(text, "fr");
        Assert.Equal(agent, Actors(Assert.Single(events, e => e.Type == type), entities)[0]);
    }

    [Fact]
    public void Extract_ArabicSettlementNounBeforeThePlace_MakesItTheLocation()
    {
        var (events, entities) = Run("وقّع الرئيس المصري عبد الفتاح السيسي، الاثنين، في مدينة شرم الشيخ اتفاقا مع الرئيس الفرنسي إيمانويل ماكرون بشأن غزة.", "ar");
        var signing = Assert.Single(events, e => e.Mode == "sign");
        Assert.Equal("Sharm el-Sheikh", entities.Single(x => x.Id == signing.LocationId).Name);
    }

    [Fact]
    public void Extract_ClauseOpenedByWhileInArabic_HoldsNoTarget()
    {
        var (events, entities) = Run("وأفرجت حركة حماس عن 20 رهينة، فيما أطلقت إسرائيل سراح نحو ألفي أسير.", "ar");
        var release = Assert.Single(events, e => e.Mode == "release");
        Assert.Equal(["Hamas"], Actors(release, entities));
    }

    [Fact]
    public void Extract_UndatedArabicPresentTense_IsAStanceNotAnEvent()
    {
        var (events, _) = Run("تقول الجزائر إنها محايدة وتدعو إلى الحوار بين الأطراف.", "ar");
        Assert.DoesNotContain(events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void Extract_ArabicPresentTenseWithASinceDate_IsStillAStance()
    {
        var (events, _) = Run("تقول الجزائر إنها محايدة منذ يناير 2023 وتدعو إلى الحوار بين الأطراف.", "ar");
        Assert.DoesNotContain(events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void Extract_ArabicPresentTenseWithItsDay_IsAnEvent()
    {
        var (events, _) = Run("يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الاثنين 4 مارس 2024.", "ar");
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "visit");
    }

    [Fact]
    public void Extract_UndatedEvent_TakesTheDayOfTheEpisodeOfItsPersonOnly()
    {
        var (events, entities) = Run("التقى وزير الخارجية الروسي سيرغي لافروف بنظيره التركي هاكان فيدان في أنقرة يوم الاثنين 26 فبراير 2024. وأشار لافروف إلى أن التجارة تنمو. وقال الرئيس الأمريكي جو بايدن إن العقوبات ستستمر.", "ar");
        var lavrov = Assert.Single(events, e => e.Type == "STATEMENT" && Actors(e, entities)[0] == "Sergei Lavrov");
        Assert.Equal(new DateOnly(2024, 2, 26), lavrov.Date);
        var biden = Assert.Single(events, e => e.Type == "STATEMENT" && Actors(e, entities)[0] == "Joe Biden");
        Assert.Null(biden.Date);
    }

    [Fact]
    public void Extract_OrganizationBeforeItsOfficial_IsNotASecondParticipant()
    {
        var (events, entities) = Run("Prime Minister Narendra Modi met World Bank President Ajay Banga in New Delhi on Monday.", "en");
        var meeting = Assert.Single(events);
        Assert.DoesNotContain("World Bank", Actors(meeting, entities));
        Assert.Equal("Narendra Modi", Actors(meeting, entities)[0]);
    }

    [Theory]
    [InlineData("India expects new investment from a deal with the United Arab Emirates, signed on February 23.", "en")]
    [InlineData("Les deux pays ont signé 12 accords de coopération avec le Maroc.", "fr")]
    [InlineData("The government welcomed the decision of the United Arab Emirates.", "en")]
    public void Extract_EnglishOrFrenchVerbWithoutANamedSubject_IsNoEvent(string text, string lang)
    {
        var (events, _) = Run(text, lang);
        Assert.Empty(events);
    }

    [Fact]
    public void Extract_FrenchSubjectInApposition_IsTheActor()
    {
        var (events, entities) = Run("Le ministre des Affaires étrangères, Sergueï Lavrov, a rencontré mardi Emmanuel Macron à Paris.", "fr");
        var meeting = Assert.Single(events);
        Assert.Equal("Sergei Lavrov", Actors(meeting, entities)[0]);
    }

    [Fact]
    public void Extract_TwoCoordinatedEnglishSubjects_BothAct()
    {
        var (events, entities) = Run("Egypt and the World Bank agreed on a new financing framework on Tuesday.", "en");
        var agreement = Assert.Single(events);
        Assert.Equal(["Egypt", "World Bank"], Actors(agreement, entities));
    }

    [Fact]
    public void Extract_MissionLedByAPerson_IsTheMissionsOrganization()
    {
        var (events, entities) = Run("A World Bank team led by Nathan Hale visited Cairo last week. Egypt expects new loans.", "en");
        var visit = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["World Bank", "Egypt"], Actors(visit, entities));
    }

    [Fact]
    public void Extract_PassiveWithoutAgent_IsNoEvent()
    {
        var (events, _) = Run("Once the terms are settled, an agreement is signed and sent to Washington.", "en");
        Assert.Empty(events);
    }

    [Fact]
    public void Extract_SignatureWithoutASecondParty_IsAStatementOfTheSigner()
    {
        var (events, entities) = Run("Le président tunisien Kaïs Saïed a signé mardi le décret sur les élections.", "fr");
        var act = Assert.Single(events);
        Assert.Equal(("STATEMENT", "sign"), (act.Type, act.Mode));
        Assert.Equal("TN", entities.Single(e => e.Id == act.Participants[0].EntityId).Country);
    }

    [Fact]
    public void Extract_AidFromTwoDonors_IsOneEventPerDonorToTheRecipient()
    {
        var (events, entities) = Run("تقول مصر إن السعودية والإمارات تعهدتا بالدعم. وأعلنت القاهرة أن مصر تسلمت الشهر الماضي دفعة جديدة من المساعدات السعودية الإماراتية.", "ar");
        var aid = events.Where(e => e.Type == "AID").Select(e => string.Join(",", Actors(e, entities))).Order().ToArray();
        Assert.Equal(["Saudi Arabia,Egypt", "United Arab Emirates,Egypt"], aid);
    }

    [Theory]
    [InlineData("أشاد وزير الخارجية الروسي سيرغي لافروف بالعلاقات مع الهند.", "ar")]
    [InlineData("Russian Foreign Minister Sergei Lavrov praised relations with India.", "en")]
    [InlineData("Le ministre russe des Affaires étrangères Sergueï Lavrov a salué les relations avec l'Inde.", "fr")]
    public void Extract_Praise_IsAStatementWithModePraise(string text, string lang)
    {
        var (events, _) = Run(text, lang);
        var praise = Assert.Single(events);
        Assert.Equal(("STATEMENT", "praise"), (praise.Type, praise.Mode));
    }

    [Fact]
    public void Extract_SeveralQuotesOfOneSpeaker_AreOneStatement()
    {
        var (events, entities) = Run("قال وزير الخارجية الروسي سيرغي لافروف إن “الحوار مستمر”. وأضاف: “نحن منفتحون على كل الاقتراحات”.", "ar");
        var statement = Assert.Single(events);
        Assert.Equal("STATEMENT", statement.Type);
        Assert.Equal(["Sergei Lavrov"], Actors(statement, entities));
    }

    [Theory]
    [InlineData("وأكد وزير الخارجية الروسي سيرغي لافروف أن الحوار مستمر.", "ar", "affirm")]
    [InlineData("Russian Foreign Minister Sergei Lavrov announced that talks would resume.", "en", "announce")]
    [InlineData("Le ministre russe des Affaires étrangères Sergueï Lavrov a souligné que le dialogue continuait.", "fr", "stress")]
    [InlineData("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.", "ar", "comment")]
    public void Extract_ReportedStatement_TakesItsModeFromTheReportingVerb(string text, string lang, string mode)
    {
        var (events, _) = Run(text, lang);
        var statement = Assert.Single(events);
        Assert.Equal(("STATEMENT", mode), (statement.Type, statement.Mode));
    }

    [Fact]
    public void Extract_SpeakerWhoseWordsArePledges_HasNoSeparateStatement()
    {
        var (events, _) = Run("تعهد الرئيس الأمريكي جو بايدن بدعم أوكرانيا. وقال بايدن “سنقف معكم”.", "ar");
        Assert.Equal("SUPPORT", Assert.Single(events).Type);
    }

    [Fact]
    public void Extract_NegationWithConjunction_IsNegated()
    {
        var (events, _) = Run("ولم يدن الرئيس الأمريكي جو بايدن الهجوم.", "ar");
        Assert.True(Assert.Single(events).Negated);
    }

    [Fact]
    public void Extract_AlsoAgreed_ContinuesTheSameAgreement()
    {
        var (events, entities) = Run("وافقت دول أوبك على خفض الإنتاج. وجاء القرار خلال اجتماع في فيينا. كما اتفقوا على الاجتماع مجددا.", "ar");
        var agree = Assert.Single(events);
        Assert.Equal(["OPEC"], Actors(agree, entities));
        Assert.Equal(2, agree.Evidence.Count);
    }

    [Fact]
    public void Extract_ArabicPluperfect_SubjectIsWrittenBeforeTheVerb()
    {
        var (events, entities) = Run("وكان وزير الخارجية الفرنسي جان نويل بارو قد زار بيروت يوم الخميس الماضي.", "ar");
        var visit = Assert.Single(events, e => e.Mode == "visit");
        var visitor = entities.Single(x => x.Id == visit.Participants[0].EntityId);
        Assert.Equal(EntityType.Person, visitor.Type);
        Assert.Equal("جان نويل بارو", visitor.Mentions[0].Text);
    }

    [Theory]
    [InlineData("استقبل الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون لبحث الوضع في منطقة الساحل.", "ar")]
    [InlineData("Le président ivoirien Alassane Ouattara a reçu son homologue ghanéen Nana Akufo-Addo pour discuter de la région du Sahel.", "fr")]
    public void Extract_RegionAfterTheTrigger_IsALocationNotAParty(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("Sahel", Actors(e, entities)));
    }

    [Theory]
    [InlineData("وفي القاهرة، بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي الأوضاع.", "ar", "Cairo")]
    [InlineData("In Nairobi, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday.", "en", "Nairobi")]
    [InlineData("Le Premier ministre Ousmane Sonko a annoncé lundi à Dakar un nouveau plan.", "fr", "Dakar")]
    public void Extract_PlaceBeforeTheVerbOrOfTheStatement_IsTheLocation(string text, string lang, string place)
    {
        var (events, entities) = Run(text, lang);
        var located = Assert.Single(events, e => e.LocationId is not null);
        Assert.Equal(place, entities.Single(x => x.Id == located.LocationId).Name);
    }

    [Fact]
    public void Extract_DateAfterSince_DoesNotDateTheStatement()
    {
        var (events, _) = Run("وقال المتحدث باسم الوزارة أشرف القدرة إن عدد الضحايا ارتفع منذ السابع من أكتوبر.", "ar");
        Assert.Null(Assert.Single(events).Date);
    }

    [Theory]
    [InlineData("The International Monetary Fund, meanwhile, urged Pakistan to widen its tax base.", "en", "International Monetary Fund")]
    [InlineData("La France, de son côté, a condamné l'attaque.", "fr", "France")]
    public void Extract_AsideBetweenSubjectAndVerb_KeepsTheSubject(string text, string lang, string actor)
    {
        var (events, entities) = Run(text, lang);
        Assert.Equal(actor, Actors(Assert.Single(events), entities)[0]);
    }

    [Fact]
    public void Extract_CapitalAfterTheTriggerWithItsStateUnnamed_IsTheLocation()
    {
        var (events, entities) = Run("اندلعت اشتباكات بين قوات الجيش وجماعة الحوثي جنوب العاصمة صنعاء يوم الأحد.", "ar");
        Assert.All(events, e => Assert.DoesNotContain("Sanaa", Actors(e, entities)));
    }

    [Fact]
    public void Extract_RoleInAppositionAfterTheActor_NamesNoTarget()
    {
        var (events, entities) = Run("ودعا محمد حمدان دقلو (حميدتي) قائد قوات الدعم السريع إلى هدنة إنسانية يوم الأحد.", "ar");
        var request = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.DoesNotContain("Rapid Support Forces", Actors(request, entities));
    }

    [Fact]
    public void Extract_SecondCoordinatedVerb_EndsTheTargets()
    {
        var (events, entities) = Run("External Affairs Minister S Jaishankar met Saudi Crown Prince Mohammed bin Salman on Tuesday and conveyed Prime Minister Narendra Modi's greetings.", "en");
        var meeting = Assert.Single(events, e => e.Mode == "meet");
        Assert.DoesNotContain("Narendra Modi", Actors(meeting, entities));
    }

    [Fact]
    public void Extract_PairSubjectAfterATwoSidedEvent_IsThoseTwoSides()
    {
        var (events, entities) = Run("Le président français Emmanuel Macron s'est entretenu mardi avec le roi Abdallah II. Les deux dirigeants ont évoqué la situation à Gaza et ont appelé à un cessez-le-feu.", "fr");
        var request = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal(["Emmanuel Macron", "King Abdullah II"], Actors(request, entities));
    }

    [Fact]
    public void Extract_CommaListOfSubjects_EveryOneActs()
    {
        var (events, entities) = Run("Egypt, Qatar and the United States on Wednesday urged Israel to resume talks.", "en");
        Assert.Equal(["Egypt", "Qatar", "United States"], events.Select(e => Actors(e, entities)[0]).Distinct());
    }

    [Fact]
    public void Extract_CityBeforeACoordinatedVerb_DoesNotAct()
    {
        var (events, entities) = Run("Les ministres ont évoqué la situation à Gaza et ont appelé à la retenue.", "fr");
        Assert.All(events, e => Assert.DoesNotContain("Gaza Strip", Actors(e, entities)));
    }

    [Theory]
    [InlineData("La France, qui a retiré ses troupes du Mali en 2022, a dénoncé mardi la décision de Bamako.", "fr", "France")]
    [InlineData("Germany, which has long backed Ukraine, condemned the strike on Monday.", "en", "Germany")]
    public void Extract_SubjectBeforeARelativeClause_IsTheActor(string text, string lang, string actor)
    {
        var (events, entities) = Run(text, lang);
        var e = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(actor, Actors(e, entities)[0]);
    }

    [Fact]
    public void Extract_ArabicCapitalBehindBa_IsTheLocationNotTheTarget()
    {
        var (events, entities) = Run("استقبل وزير الخارجية ناصر بوريطة، الثلاثاء بالرباط، نظيره الموريتاني محمد سالم ولد مرزوك.", "ar");
        var meet = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(2, meet.Participants.Count);
        Assert.DoesNotContain("Morocco", Actors(meet, entities));
        Assert.Equal("Rabat", entities.Single(x => x.Id == meet.LocationId).Name);
    }

    [Fact]
    public void Extract_PlaceWithAPossessive_IsNoParty()
    {
        var (events, entities) = Run("Saudi Aramco signed an agreement with China's Sinopec to develop fields in the kingdom's Eastern Province.", "en");
        var sign = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal(["Aramco", "Sinopec"], Actors(sign, entities));
    }

    [Fact]
    public void Extract_FrenchSubjectInvertedAfterTheDay_MakesTheStatement()
    {
        var (events, entities) = Run("La banque a approuvé un prêt, a annoncé mercredi le ministère sénégalais des Finances.", "fr");
        var statement = Assert.Single(events, e => e.Type == "STATEMENT");
        Assert.Equal("ministère sénégalais des Finances", entities.Single(x => x.Id == statement.Participants[0].EntityId).Mentions[0].Text);
    }

    [Theory]
    [InlineData("The Central Bank of Nigeria kept its benchmark interest rate unchanged at 27.5% on Tuesday.", "en", "Central Bank of Nigeria", "hold interest rate")]
    [InlineData("Bank Al-Maghrib a décidé mardi de maintenir son taux directeur à 2,25 %.", "fr", "Bank Al-Maghrib", "hold interest rate")]
    [InlineData("وأبقى البنك المركزي الأردني أسعار الفائدة دون تغيير.", "ar", "Central Bank of Jordan", "hold interest rate")]
    [InlineData("The Central Bank of Egypt cut interest rates by 100 basis points.", "en", "Central Bank of Egypt", "cut interest rate")]
    public void Extract_CentralBankRateDecision_IsAStatementOfTheBank(string text, string lang, string bank, string mode)
    {
        var (events, entities) = Run(text, lang);
        var decision = Assert.Single(events);
        Assert.Equal(("STATEMENT", mode), (decision.Type, decision.Mode));
        Assert.Equal([bank], Actors(decision, entities));
    }

    [Theory]
    [InlineData("The company cut 500 jobs and left the market.", "en")]
    [InlineData("Le groupe a réduit ses effectifs.", "fr")]
    public void Extract_RateVerbWithoutARate_IsNoEvent(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Mode.Contains("interest rate", StringComparison.Ordinal));

    [Fact]
    public void Extract_ArabicPluperfectCallReceivedAfterADate_HasTheCallerFirst()
    {
        var (events, entities) = Run("وكان ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان قد تلقى الأسبوع الماضي اتصالا هاتفيا من سلطان عُمان هيثم بن طارق.", "ar");
        var call = Assert.Single(events, e => e.Mode == "call");
        Assert.Equal(["Haitham bin Tariq", "Mohammed bin Salman"], Actors(call, entities));
    }

    [Theory]
    [InlineData("تلقى الملك حمد بن عيسى آل خليفة اتصالا هاتفيا اليوم من الشيخ مشعل الأحمد الجابر الصباح.", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Hamad bin Isa Al Khalifa")]
    [InlineData("تلقى الملك حمد بن عيسى آل خليفة عاهل البلاد المعظم اتصالاً هاتفياً من أخيه صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت.", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Hamad bin Isa Al Khalifa")]
    [InlineData("تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالا هاتفيا من فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.", "Emmanuel Macron", "Tamim bin Hamad Al Thani")]
    public void Extract_ArabicCallReceivedPastProtocolOrADay_HasTheCallerFirst(string text, string caller, string receiver)
    {
        var (events, entities) = Run(text, "ar");
        var call = Assert.Single(events, e => e.Mode == "call");
        Assert.Equal([caller, receiver], Actors(call, entities));
    }

    [Fact]
    public void Extract_ArabicCallReceivedFromNoOne_IsNoEvent() =>
        Assert.DoesNotContain(Run("وتلقى الملك حمد بن عيسى آل خليفة اتصالا هاتفيا اليوم من مسؤول رفيع في الوفد الزائر.", "ar").Events, e => e.Mode == "call");

    [Fact]
    public void Extract_SpeakerQuotedBeforeHeReportsAnEvent_KeepsHisStatement()
    {
        // The quotation comes first; the later "said he had spoken by phone" is the call itself, not a second statement.
        var (events, entities) = Run("\"There is still room to lower rates later this year,\" Governor Perry Warjiyo told a news conference. "
            + "Warjiyo said he had spoken by phone with Finance Minister Sri Mulyani Indrawati on Tuesday.", "en");
        Assert.Equal(["Perry Warjiyo"], Actors(Assert.Single(events, e => e.Type == "STATEMENT"), entities));
        Assert.Equal(["Perry Warjiyo", "Sri Mulyani Indrawati"], Actors(Assert.Single(events, e => e.Type == "CONSULT"), entities));
    }

    [Fact]
    public void Extract_QuotationAfterTheSpeakerReportedAnEvent_IsNoSecondStatement()
    {
        var (events, _) = Run("أعلن السودان، اليوم الثلاثاء، أن الخرطوم تسلمت مليار دولار من المساعدات السعودية، وقال وزير المالية السوداني إبراهيم البدوي إن الخرطوم استلمت جزءا من أموال المساعدات التي تعهدت بها المملكة. "
            + "وقال وزير المالية السوداني: «تسلمنا مليار دولار من المساعدات السعودية».", "ar");
        Assert.DoesNotContain(events, e => e.Type == "STATEMENT");
    }

    [Fact]
    public void Extract_ArabicDualSubjectAfterAMeeting_IsTheTwoWhoMet()
    {
        var (events, entities) = Run("التقى وزير الخارجية أيمن الصفدي نظيره السوري أسعد الشيباني في عمان اليوم. ووقع الوزيران في ختام المباحثات ثلاث مذكرات تفاهم.", "ar");
        var signing = Assert.Single(events, e => e.Mode == "sign");
        Assert.Equal("AGREE", signing.Type);
        Assert.Equal(["Ayman Safadi", "Asaad al-Shaibani"], Actors(signing, entities));
    }

    [Theory]
    [InlineData("Le Premier ministre Mark Carney, qui a rencontré lundi à Ottawa le premier ministre québécois François Legault, a promis une aide.", "fr", "Mark Carney", "François Legault")]
    [InlineData("Senegalese President Bassirou Diomaye Faye, who had met Mauritanian President Mohamed Ould Ghazouani in Nouakchott, said the deal was historic.", "en", "Bassirou Diomaye Faye", "Mohamed Ould Ghazouani")]
    public void Extract_RelativeClauseInACompoundTense_HasTheAntecedentAsActor(string text, string lang, string source, string target)
    {
        var (events, entities) = Run(text, lang);
        Assert.Equal([source, target], Actors(Assert.Single(events, e => e.Type == "CONSULT"), entities));
    }

    [Fact]
    public void Extract_MeetingInATimeAdjunct_IsAnEventOfItsOwn()
    {
        var (events, entities) = Run("Le président Kaïs Saïed a appelé à accélérer les réformes lors d'une réunion avec la cheffe du gouvernement, Sarra Zaafrani Zenzri, mardi.", "fr");
        Assert.Equal(["Kais Saied"], Actors(Assert.Single(events, e => e.Type == "REQUEST"), entities));
        Assert.Equal(["Kais Saied", "Sarra Zaafrani Zenzri"], Actors(Assert.Single(events, e => e.Type == "CONSULT"), entities));
    }

    [Fact]
    public void Extract_ABodysOwnMeeting_IsNoEvent() =>
        Assert.Empty(Run("La réunion du conseil des ministres a été reportée à jeudi.", "fr").Events);

    [Theory]
    [InlineData("ويشهد السودان منذ 15 أبريل 2023 حربا بين الجيش السوداني وقوات الدعم السريع.", "ar")]
    [InlineData("Sudan has seen nearly two years of war between the Sudanese army and the Rapid Support Forces.", "en")]
    public void Extract_WarBetweenTwoSides_IsAnAssaultOfTheTwo(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var war = Assert.Single(events);
        Assert.Equal(("ASSAULT", "war"), (war.Type, war.Mode));
        Assert.Equal(["Sudanese Armed Forces", "Rapid Support Forces"], Actors(war, entities));
    }

    [Theory]
    [InlineData("وتستمر الحرب في غزة منذ عامين.", "ar")]
    [InlineData("The war in Ukraine continues.", "en")]
    public void Extract_WarWithoutItsSides_IsNoEvent(string text, string lang) =>
        Assert.Empty(Run(text, lang).Events);

    [Fact]
    public void Extract_ArabicTwoLetterVerbBehindItsConjunction_IsFound()
    {
        var (events, entities) = Run("وقالت إسرائيل إنها ستواصل عملياتها. وشن الطيران الحربي الإسرائيلي اليوم سلسلة غارات على بلدات في جنوب لبنان.", "ar");
        var strike = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal(["Israel"], Actors(strike, entities));
    }

    [Theory]
    [InlineData("وأعلن برنامج الأغذية العالمي وصول قافلة من 32 شاحنة محملة بالمساعدات إلى كادقلي.", "ar")]
    [InlineData("A WFP convoy of 22 trucks carrying 480 tonnes of food aid reached Tawila on Sunday.", "en")]
    public void Extract_ConvoyOfAid_IsAidOfItsSender(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var aid = Assert.Single(events);
        Assert.Equal("AID", aid.Type);
        Assert.Equal(["World Food Programme"], Actors(aid, entities));
    }

    [Theory]
    [InlineData("ووصلت قافلة عسكرية تابعة للجيش السوداني إلى الفاشر.", "ar")]
    [InlineData("A military convoy of the Sudanese army reached El Fasher.", "en")]
    public void Extract_ConvoyWithoutAid_IsNoAid(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Type == "AID");

    [Theory]
    [InlineData("ورحب رئيس الوزراء محمد شياع السوداني بقرار المحكمة، داعياً القوى السياسية إلى الإسراع في تشكيل الحكومة.", "ar", "REQUEST", "Mohammed Shia al-Sudani")]
    [InlineData("وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس بتوسيع العمليات، متهماً حزب الله بتهريب أسلحة.", "ar", "ACCUSE", "Israel Katz")]
    [InlineData("UN envoy Hans Grundberg welcomed the deal, urging all sides to exercise restraint.", "en", "REQUEST", "Hans Grundberg")]
    public void Extract_ParticipleAfterAComma_IsAnActOfTheClausesSubject(string text, string lang, string type, string actor)
    {
        var (events, entities) = Run(text, lang);
        Assert.Equal(actor, Actors(Assert.Single(events, e => e.Type == type), entities)[0]);
    }

    [Fact]
    public void Extract_ParticipleWithoutAComma_IsNoEvent() =>
        Assert.DoesNotContain(Run("The protesters kept calling on the streets of Khartoum.", "en").Events, e => e.Type == "REQUEST");

    [Theory]
    [InlineData("وأضربت نقابة المعلمين في السليمانية عن العمل اليوم.", "ar", "strike")]
    [InlineData("Supporters of the Labour Party rallied outside the Election Commission in Dhaka on Friday.", "en", "rally")]
    public void Extract_StrikeOrRallyOfABody_IsAProtest(string text, string lang, string mode)
    {
        var protest = Assert.Single(Run(text, lang).Events, e => e.Type == "PROTEST");
        Assert.Equal(mode, protest.Mode);
    }

    [Theory]
    [InlineData("وكانت وزارة الخزانة الأمريكية قد فرضت الشهر الماضي عقوبات على قوات الدعم السريع.", "ar")]
    [InlineData("The United States imposed 25% tariffs on Canada last week.", "en")]
    public void Extract_ImposedSanctionsOrTariffs_IsASanction(string text, string lang) =>
        Assert.Single(Run(text, lang).Events, e => e.Type == "SANCTION");

    [Theory]
    [InlineData("وفرضت السلطات السودانية حظر التجول في الخرطوم.", "ar")]
    [InlineData("The Sudanese army imposed a curfew in Khartoum.", "en")]
    public void Extract_ImposedSomethingElse_IsNoSanction(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Type == "SANCTION");

    [Theory]
    [InlineData("ويأتي ذلك بعد أشهر من رفع الولايات المتحدة معظم العقوبات المفروضة على سوريا.", "ar")]
    [InlineData("رفعت الولايات المتحدة العقوبات عن سوريا في يونيو.", "ar")]
    [InlineData("The United States lifted sanctions on Syria in June.", "en")]
    [InlineData("Les États-Unis ont levé les sanctions contre la Syrie en juin.", "fr")]
    public void Extract_LiftedSanctions_IsAConcessionNoSanction(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var eased = Assert.Single(events);
        Assert.Equal(("CONCEDE", "ease sanctions"), (eased.Type, eased.Mode));
        Assert.Equal("United States", Actors(eased, entities)[0]);
    }

    [Theory]
    [InlineData("أصدرت محكمة جنايات الرصافة، الأحد الماضي، حكما بالسجن سبع سنوات بحق مدير عام سابق.", "ar")]
    [InlineData("قضت محكمة الاستئناف في الكويت بسجن النائب السابق خمس سنوات.", "ar")]
    [InlineData("A Seoul court on Tuesday sentenced former engineer Kim Ji-hoon to seven years in prison.", "en")]
    [InlineData("La Cour suprême du Sénégal a condamné l'ancien ministre Mamadou Diop à cinq ans de prison ferme.", "fr")]
    public void Extract_CourtSentence_IsCoercion(string text, string lang) =>
        Assert.Equal("sentence", Assert.Single(Run(text, lang).Events, e => e.Type == "COERCE").Mode);

    [Theory]
    [InlineData("أصدرت وزارة الخارجية بيانا حول الأزمة في السودان.", "ar")]
    [InlineData("La France a fermement condamné l'attaque contre la Mauritanie.", "fr")]
    public void Extract_IssuedOrCondemnedWithoutAPenalty_IsNoSentence(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Mode == "sentence");

    [Theory]
    [InlineData("The European Union called on Israel to allow aid into Gaza.", true)]
    [InlineData("Egypt called for an immediate ceasefire in Gaza.", true)]
    [InlineData("Philippine Defence Secretary Gilberto Teodoro called the deal a milestone for Manila.", false)]
    public void Extract_CalledForOrOn_IsARequestButCalledSomethingIsNot(string text, bool request) =>
        Assert.Equal(request, Run(text, "en").Events.Any(e => e.Type == "REQUEST"));

    [Theory]
    [InlineData("استدعت وزارة الخارجية الجزائرية السفير الفرنسي في الجزائر.", "ar")]
    [InlineData("China summoned the Japanese ambassador on Tuesday.", "en")]
    [InlineData("Le Niger a convoqué l'ambassadeur du Bénin à Niamey.", "fr")]
    public void Extract_SummonedDiplomat_IsAnAccusation(string text, string lang) =>
        Assert.Equal("summon diplomat", Assert.Single(Run(text, lang).Events, e => e.Type == "ACCUSE").Mode);

    [Fact]
    public void Extract_SummonedSomethingElse_IsNoEvent() =>
        Assert.Empty(Run("Le président Bassirou Diomaye Faye a convoqué le conseil des ministres.", "fr").Events);

    [Theory]
    [InlineData("قطعت مالي العلاقات الدبلوماسية مع أوكرانيا.", "ar")]
    [InlineData("Niger severed ties with Ukraine last year.", "en")]
    [InlineData("Le Burkina Faso a rompu ses relations diplomatiques avec la Côte d'Ivoire.", "fr")]
    public void Extract_BrokenRelations_IsARejection(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        var broken = Assert.Single(events);
        Assert.Equal(("REJECT", "break relations"), (broken.Type, broken.Mode));
        Assert.Equal(2, Actors(broken, entities).Length);
    }

    [Theory]
    [InlineData("Le Premier ministre guinéen Amadou Oury Bah s'est rendu jeudi en France.", true)]
    [InlineData("Le président Emmanuel Macron a rendu visite aux soldats au Mali.", true)]
    [InlineData("Le président Emmanuel Macron a rendu hommage aux victimes.", false)]
    public void Extract_FrenchRendu_IsAVisitOnlyWhenItGoesSomewhere(string text, bool visit) =>
        Assert.Equal(visit, Run(text, "fr").Events.Any(e => e.Mode == "visit"));

    [Theory]
    [InlineData("Le Fonds monétaire international a approuvé un décaissement de 500 millions de dollars en faveur du Sénégal.", "fr")]
    [InlineData("The IMF approved a disbursement of $800 million to Egypt.", "en")]
    public void Extract_Disbursement_IsAid(string text, string lang) =>
        Assert.Equal("International Monetary Fund", Actors(Assert.Single(Run(text, lang).Events, e => e.Type == "AID"), Run(text, lang).Entities)[0]);

    [Fact]
    public void Extract_NounWithItsPartnerAfterWith_HasItsAgentBefore()
    {
        var (events, entities) = Run("The IMF reached a staff-level agreement with Senegal on a new program.", "en");
        Assert.Equal(["International Monetary Fund", "Senegal"], Actors(Assert.Single(events, e => e.Type == "AGREE"), entities));
    }

    [Theory]
    [InlineData("Japan will provide $200 million in emergency aid to Vietnam.", "AID")]
    [InlineData("South Korea indicted a former Samsung engineer on Monday.", "COERCE")]
    [InlineData("The Congolese army and M23 rebels exchanged fire near Goma on Monday.", "ASSAULT")]
    public void Extract_MoreEnglishActs_AreCoded(string text, string type) =>
        Assert.Contains(Run(text, "en").Events, e => e.Type == type);

    [Theory]
    [InlineData("وافق مجلس الاتحاد الأوروبي على حزمة عقوبات جديدة ضد روسيا.", "ar")]
    [InlineData("The European Union approved new sanctions on Russia.", "en")]
    public void Extract_ApprovedSanctions_IsASanction(string text, string lang) =>
        Assert.Equal("Russia", Actors(Assert.Single(Run(text, lang).Events, e => e.Type == "SANCTION"), Run(text, lang).Entities)[1]);

    [Fact]
    public void Extract_ApprovedAnAgreement_IsStillAnAgreement() =>
        Assert.Contains(Run("وافقت الحكومة المصرية على الاتفاق مع صندوق النقد الدولي.", "ar").Events, e => e.Type == "AGREE");

    [Theory]
    [InlineData("وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط في زيارة رسمية.", true)]
    [InlineData("وصلت السفينة الإماراتية إلى ميناء العريش.", false)]
    public void Extract_ArabicArrivalOnAVisit_IsAVisit(string text, bool visit) =>
        Assert.Equal(visit, Run(text, "ar").Events.Any(e => e.Mode == "visit"));

    [Theory]
    [InlineData("Le Sénégal et le FMI sont parvenus à un accord sur un nouveau programme.", "fr", "AGREE", "Senegal")]
    [InlineData("Les autorités maliennes ont expulsé l'ambassadeur de France.", "fr", "COERCE", "Government of Mali")]
    [InlineData("La Chine a accordé un prêt de 500 millions de dollars au Cameroun.", "fr", "AID", "China")]
    [InlineData("L'Algérie a rappelé son ambassadeur à Paris pour consultations.", "fr", "REJECT", "Algeria")]
    [InlineData("L'armée burkinabè a neutralisé une cinquantaine de terroristes.", "fr", "ASSAULT", "Armed Forces of Burkina Faso")]
    [InlineData("The International Criminal Court issued an arrest warrant for Sudanese leader Omar al-Bashir.", "en", "COERCE", "International Criminal Court")]
    [InlineData("Chinese authorities detained 12 activists on Monday.", "en", "COERCE", "Government of China")]
    public void Extract_MoreActs_AreCodedWithTheirActor(string text, string lang, string type, string actor)
    {
        var (events, entities) = Run(text, lang);
        Assert.Equal(actor, Actors(Assert.Single(events, e => e.Type == type), entities)[0]);
    }

    [Fact]
    public void Extract_RecalledThatSomething_IsNoRecalledAmbassador() =>
        Assert.DoesNotContain(Run("Le ministre Ousmane Diagne a rappelé que le budget est en hausse.", "fr").Events, e => e.Type == "REJECT");

    [Theory]
    [InlineData("التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان. وبحث الوزيران تطورات الأوضاع في سوريا وليبيا والسودان.", "ar")]
    [InlineData("Egyptian Foreign Minister Badr Abdelatty met Turkish Foreign Minister Hakan Fidan. The two ministers discussed the situation in Syria, Libya and Sudan.", "en")]
    public void Extract_PlacesAfterTheMatterDiscussed_AreNoParties(string text, string lang)
    {
        var (events, entities) = Run(text, lang);
        Assert.DoesNotContain(events, e => e.Type == "CONSULT" && Actors(e, entities).Any(a => a is "Syria" or "Libya" or "Sudan"));
    }

    [Fact]
    public void Extract_DiscussedTheMatterWithSomeone_KeepsThePartner()
    {
        var (events, entities) = Run("Turkish President Recep Tayyip Erdogan discussed the war in Ukraine with Vladimir Putin on Monday.", "en");
        Assert.Equal(["Recep Tayyip Erdogan", "Vladimir Putin"], Actors(Assert.Single(events), entities));
    }

    [Fact]
    public void Extract_ReceivedVotes_IsNoMeetingWithAPersonNamedLater() =>
        Assert.DoesNotContain(Run("President Hakainde Hichilema received about 2.9 million votes, against 1.83 million for Brian Mundubile.", "en").Events, e => e.Type == "CONSULT");

    [Fact]
    public void Extract_CapitalNamedWithItsNationality_IsWhereNotWho()
    {
        var (events, entities) = Run("التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في العاصمة التركية أنقرة. وأكدت تركيا دعمها.", "ar");
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.DoesNotContain("Türkiye", Actors(meeting, entities));
        Assert.Equal("Ankara", entities.Single(e => e.Id == meeting.LocationId).Name);
    }

    [Fact]
    public void Extract_DatelinePlace_IsNoSubject() =>
        Assert.Empty(Run("JOHANNESBURG, March 11 (Reuters) - Police arrested 46 people on Wednesday.", "en").Events);

    [Fact]
    public void Extract_RaisedInterestRate_IsTheRateDecisionNotAConcession() =>
        Assert.Equal("raise interest rate", Assert.Single(Run("رفع البنك المركزي المصري سعر الفائدة بمقدار 100 نقطة أساس.", "ar").Events).Mode);

    [Fact]
    public void Extract_UnnamedSpeakerWhoToldAnOutlet_IsNoStatementOfTheOutlet() =>
        Assert.Empty(Run("\"We are living in fear every night,\" a resident of Bint Jbeil told the Associated Press.", "en").Events);

    [Fact]
    public void Extract_SigningAgreementsWithAnUnnamedParty_IsAnAgreement()
    {
        var (events, entities) = Run("Separately, the Public Investment Fund said it had signed agreements worth $5 billion.", "en");
        var signing = Assert.Single(events);
        Assert.Equal(("AGREE", "sign"), (signing.Type, signing.Mode));
        Assert.Equal(["Public Investment Fund"], Actors(signing, entities));
    }

    [Fact]
    public void Extract_DataReleasedByABody_IsNoConcession() =>
        Assert.DoesNotContain(Run("Figures released by the Office for National Statistics showed growth.", "en").Events, e => e.Type == "CONCEDE");

    [Fact]
    public void Extract_CoordinatedSubjectsOfATopicVerb_AreEachOthersParty()
    {
        var (events, entities) = Run("Sisi and Mohammed bin Salman discussed Gaza on Monday.", "en");
        var talks = Assert.Single(events);
        Assert.Equal("CONSULT", talks.Type);
        Assert.Equal(["Abdel Fattah el-Sisi", "Mohammed bin Salman"], Actors(talks, entities));
    }

    [Fact]
    public void Extract_EnglishNationalityAndNounBeforeAnActOfForce_IsThatCountrysAct()
    {
        var (events, entities) = Run("Israel said it hit Houthi targets. Israeli jets had bombed Hodeidah several times this year.", "en");
        var strike = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("Israel", Actors(strike, entities)[0]);
    }

    [Fact]
    public void Extract_NewsAgencyOfTheDateline_IsNoParty()
    {
        var (events, entities) = Run("بورتسودان (سونا) - قتل 27 مدنيا في قصف مدفعي شنته قوات الدعم السريع على مخيم أبو شوك.", "ar");
        var shelling = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("Rapid Support Forces", Actors(shelling, entities)[0]);
        Assert.DoesNotContain(events, e => Actors(e, entities).Contains("Sudan News Agency"));
    }

    [Theory]
    [InlineData("Les exportations ont progressé de 5 %, a indiqué le groupe OCP.", "OCP Group")]
    [InlineData("La production a augmenté, a annoncé la compagnie nationale Sonatrach dans un communiqué.", "Sonatrach")]
    public void Extract_FrenchInvertedSubjectWithItsCommonNoun_IsTheStatementsSpeaker(string text, string speaker)
    {
        var (events, entities) = Run(text, "fr");
        Assert.Equal([speaker], Actors(Assert.Single(events, e => e.Type == "STATEMENT"), entities));
    }

    [Fact]
    public void Extract_ArabicMinisterOfAStateInConstruct_MeetsTheNamedMinister()
    {
        var (events, entities) = Run("استقبل وزير الخارجية الأمير فيصل بن فرحان في الرياض وزير خارجية سلطنة عُمان بدر البوسعيدي.", "ar");
        var meeting = Assert.Single(events);
        Assert.Equal(["Faisal bin Farhan", "Badr Albusaidi"], Actors(meeting, entities));
    }

    [Fact]
    public void Extract_VerbAfterARelativePronoun_HasTheAntecedentAsActor()
    {
        var (events, entities) = Run("Ethiopian Prime Minister Abiy Ahmed, who held talks with President William Ruto at State House, left on Friday.", "en");
        var talks = Assert.Single(events);
        Assert.Equal(["Abiy Ahmed", "William Ruto"], Actors(talks, entities));
        Assert.Equal("State House", entities.Single(e => e.Id == talks.LocationId).Name);
    }

    [Fact]
    public void Extract_PluperfectPhoneCall_IsACall()
    {
        var (events, entities) = Run("President William Ruto had spoken by phone with Somali President Hassan Sheikh Mohamud last week.", "en");
        var call = Assert.Single(events);
        Assert.Equal(("CONSULT", "call"), (call.Type, call.Mode));
        Assert.Equal(["William Ruto", "Hassan Sheikh Mohamud"], Actors(call, entities));
    }

    [Theory]
    [InlineData("وفي لندن، تعهدت الحكومة البريطانية، أمس الاثنين، بتقديم 120 مليون جنيه إسترليني للسودان.", "ar", "Government of United Kingdom")]
    [InlineData("Britain pledged $120 million to Sudan on Monday.", "en", "United Kingdom")]
    public void Extract_PledgeOfMoney_IsAidPromised(string text, string lang, string donor)
    {
        var (events, entities) = Run(text, lang);
        var pledge = Assert.Single(events);
        Assert.Equal(("AID", "033"), (pledge.Type, pledge.Cameo));
        Assert.Equal([donor, "Sudan"], Actors(pledge, entities));
    }

    [Fact]
    public void Extract_ArabicPluperfectForecast_IsAStatementOfTheSubject()
    {
        var (events, entities) = Run("وكان صندوق النقد الدولي قد توقع، في تقرير صدر الشهر الماضي، أن ينمو الاقتصاد بنسبة 3 في المئة.", "ar");
        var forecast = Assert.Single(events);
        Assert.Equal(("STATEMENT", "forecast"), (forecast.Type, forecast.Mode));
        Assert.Equal(["International Monetary Fund"], Actors(forecast, entities));
    }

    [Theory]
    [InlineData("Au moins 40 personnes ont été tuées, a annoncé la Défense civile palestinienne.", "Civil Defence of Palestine")]
    [InlineData("Neuf personnes ont été tuées, a indiqué mardi le Croissant-Rouge libyen.", "Red Crescent of Libya")]
    [InlineData("La production a baissé, a annoncé mardi le britannique BP.", "BP")]
    [InlineData("Le contrat a été signé, a indiqué le groupe français TotalEnergies.", "TotalEnergies")]
    public void Extract_FrenchInvertedSubjectAfterTheVerb_MakesTheStatement(string text, string speaker)
    {
        var (events, entities) = Run(text, "fr");
        var statement = Assert.Single(events, e => e.Type == "STATEMENT");
        Assert.Equal([speaker], Actors(statement, entities));
    }

    [Theory]
    [InlineData("L'Union européenne a versé mercredi à l'Égypte une tranche de 4 milliards d'euros.", "fr", "European Union", "Egypt")]
    [InlineData("The World Bank disbursed $500 million to Jordan on Monday.", "en", "World Bank", "Jordan")]
    public void Extract_DisbursementOfFunds_IsAid(string text, string lang, string donor, string recipient)
    {
        var (events, entities) = Run(text, lang);
        var aid = Assert.Single(events, e => e.Type == "AID");
        Assert.Equal([donor, recipient], Actors(aid, entities));
    }

    [Theory]
    [InlineData("The agreements were signed by Kenyan Prime Cabinet Secretary Musalia Mudavadi and Ethiopian Foreign Minister Gedion Timothewos.", "en", "Musalia Mudavadi", "Gedion Timothewos")]
    [InlineData("The deal was signed by Egypt and Cyprus on Monday.", "en", "Egypt", "Cyprus")]
    [InlineData("Le Sénégal et la Mauritanie ont signé quatre accords, dont un protocole sur le gaz, paraphé par la ministre sénégalaise Yassine Fall et son homologue mauritanien Mohamed Salem Ould Merzoug.", "fr", "Yassine Fall", "Mohamed Salem Ould Merzoug")]
    public void Extract_PassiveSignatureWithAgents_HasTheAgentsAsActors(string text, string lang, string first, string second)
    {
        var (events, entities) = Run(text, lang);
        Assert.Contains(events, e => e.Type == "AGREE" && Actors(e, entities).SequenceEqual([first, second]));
    }

    [Fact]
    public void Extract_FrenchPassiveReception_HasTheHostFirst()
    {
        var (events, entities) = Run("Khaled al-Faleh a été reçu dans la matinée à l'Élysée par le président Emmanuel Macron.", "fr");
        var meeting = Assert.Single(events);
        Assert.Equal(["Emmanuel Macron", "Khalid Al-Falih"], Actors(meeting, entities));
    }

    [Theory]
    [InlineData("The Israeli military said it had targeted Hezbollah weapons depots.", "en", "Israel Defense Forces", "Hezbollah")]
    [InlineData("L'armée israélienne a mené mardi de nouvelles frappes dans le sud du Liban.", "fr", "Israel Defense Forces", "Lebanon")]
    public void Extract_EnglishAndFrenchArmedAttack_IsAnAssault(string text, string lang, string attacker, string target)
    {
        var (events, entities) = Run(text, lang);
        var assault = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal([attacker, target], Actors(assault, entities));
    }

    [Theory]
    [InlineData("The company launched a new product in Kenya.", "en")]
    [InlineData("Le ministre a mené des consultations avec l'Algérie.", "fr")]
    public void Extract_VerbOfLaunchingWithoutAnArmedObject_IsNoAssault(string text, string lang) =>
        Assert.DoesNotContain(Run(text, lang).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void Extract_FrenchPronounBeforeAReflexiveVerb_IsThePersonOfTheSentenceBefore()
    {
        var (events, entities) = Run("Le ministre de l'Intérieur, Salem Bouzid, a annoncé l'envoi de renforts. Il s'est entretenu lundi soir par téléphone avec Mme Holmberg.", "fr");
        var talks = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal(["Salem Bouzid", "Holmberg"], Actors(talks, entities));
    }
}
