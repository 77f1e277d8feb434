using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Events;

/// <summary>
/// Who did what to whom: trigger words from the lexicon (Data/Events/triggers.tsv, cues in Data/Events/cues.tsv) with
/// their actors read from the entities around them. A noun is an event only with participants of its own; a capital
/// acting is its country, and a leader acted upon by a state is his state; "دعا X لزيارة" is an invitation (CONSULT);
/// every speaker gets one STATEMENT unless his words are coded as verbal acts. The source is the verb's subject (after an Arabic verb, before an English or French one;
/// a pronoun or an omitted subject is the last actor named), the targets are the entities after the trigger in its
/// clause (a counterpart "نظيره" is the other side's person), the location is a place after "في/in/à", the date the
/// day named in the sentence or the sentence before. Reported statements (a reporting verb with a named subject) are
/// STATEMENT events. Events with the same type and actors inside one article are merged, keeping all evidence.
/// </summary>
public static class EventExtractor
{
    private static readonly HashSet<string> LocativePrepositions = ["في", "بـ", "in", "at", "à", "au", "en"];

    // Settlement nouns between "في" and a place's name (folded keys): "في مدينة شرم الشيخ", "في العاصمة الرياض".
    private static readonly HashSet<string> ArabicPlaceNouns = ["مدينه", "العاصمه", "منطقه", "بلده", "محافظه", "ولايه", "قريه", "مخيم"];

    public static IReadOnlyList<ExtractedEvent> Extract(AnalysisDocument document, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(dates);
        var view = new DocumentView(document);
        var index = new EntityIndex(view, entities);
        var resolver = new SubjectResolver(index);
        var inside = new bool[view.Count];
        foreach (var q in quotes)
        {
            for (var t = index.TokenAtOriginal(q.Span.Start); t < view.Count && index.TokenSpans[t].End <= q.Span.End; t++)
            {
                inside[t] = true;
            }
        }

        var found = new List<Draft>();
        Entity? lastSource = null;
        Entity? lastTarget = null;
        var lastSentence = -1;
        var coveredUntil = -1;
        var i = 0;
        while (i < view.Count)
        {
            if (inside[i] || !view.IsWord(i) || index.At(i) is not null)
            {
                i++;
                continue;
            }

            var (trigger, length, future) = FindTrigger(view, i);
            if (trigger is not null && trigger.Noun && i < coveredUntil)
            {
                // "دعا إلى تعزيز التعاون مع موسكو": a noun inside a verb's object is what the verb is about, not a second event.
                i += length;
                continue;
            }

            if (trigger is not null)
            {
                var draft = Build(view, index, resolver, inside, i, length, trigger, future, (lastSource, lastTarget), lastSentence, dates, out var scanned);
                if (!trigger.Noun)
                {
                    coveredUntil = scanned;
                }

                if (draft is not null)
                {
                    found.AddRange(draft);
                    lastSource = draft[0].Sources.FirstOrDefault() ?? lastSource;
                    lastTarget = draft[0].Targets.FirstOrDefault();
                    lastSentence = view.Tokens[i].Sentence;
                }

                i += length;
                continue;
            }

            var direction = ReportingVerbs.Direction(view, i);
            if (direction is "after" or "before")
            {
                // "وكان صندوق النقد الدولي قد توقع": in the pluperfect the Arabic subject stands before the verb.
                // (Whoever is named after "told" is the listener: "a resident told the Associated Press".)
                var subject = direction == "after" && view.IsArabic(i)
                    ? PluperfectSubject(view, index, inside, i, view.Tokens[i].Sentence, out _) ?? SubjectAfter(view, index, resolver, i, out _)
                    : resolver.Before(i, out _) ?? (view.Keys[i] is "told" or "tells" ? null : SubjectAfter(view, index, resolver, i, out _));
                if (subject is not null && !EventLexicon.IsMedia(subject))
                {
                    found.Add(Statement(view, index, inside, i, subject, dates));
                    lastSource = subject;
                    lastTarget = null;
                    lastSentence = view.Tokens[i].Sentence;
                }
            }

            i++;
        }

        // Every quotation with a speaker is something that speaker stated.
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var q in quotes)
        {
            if (q.SpeakerId is not null && byId.TryGetValue(q.SpeakerId, out var speaker) && !EventLexicon.IsMedia(speaker))
            {
                found.Add(new Draft("STATEMENT", "comment", "010", [speaker], [], null, DateFor(view, index, dates, q.Sentence), false, false, false, q.Span, q.Sentence) { Reported = true });
            }
        }

        return Merge(document, Statements(InheritDates(found, dates)));
    }

    private static (EventLexicon.Trigger? Trigger, int Length, bool Future) FindTrigger(DocumentView view, int i)
    {
        var key = view.Keys[i];
        if (Try(view, i, key) is { } direct)
        {
            return (direct, direct.Tokens.Length, false);
        }

        if (!view.IsArabic(i))
        {
            return (null, 0, false);
        }

        // Conjunctions and the future prefix: "وأدان", "فيما", "سيزور" (future), "وسيلتقي".
        // ("وشن": a two-letter verb behind its conjunction too.)
        var p = key.Length > 2 && key[0] is ArabicLetters.Waw or ArabicLetters.Fa ? 1 : 0;
        if (p == 1 && Try(view, i, key[1..]) is { } conj)
        {
            return (conj, conj.Tokens.Length, false);
        }

        if (key.Length - p > 3 && key[p] == 'س' && Try(view, i, key[(p + 1)..]) is { Noun: false } fut)
        {
            return (fut, fut.Tokens.Length, true);
        }

        // The definite article on a noun, with its proclitics: "المساعدات", "والمحادثات", "بالهجوم", "للمفاوضات".
        var a = key.AsSpan(p);
        var article = a.StartsWith("ال") ? 2 : a.Length > 3 && a[0] is ArabicLetters.Beh or 'ك' && a[1..].StartsWith("ال") ? 3 : a.StartsWith("لل") ? 2 : 0;
        if (article > 0 && key.Length - p - article > 2 && Try(view, i, key[(p + article)..]) is { Noun: true } noun)
        {
            return (noun, noun.Tokens.Length, false);
        }

        return (null, 0, false);
    }

    private static EventLexicon.Trigger? Try(DocumentView view, int i, string key)
    {
        if (!EventLexicon.Triggers.TryGetValue(key, out var list))
        {
            return null;
        }

        // A form two languages share ("sanctions") is read by the article's language's row when it has one.
        var language = view.Document.Language;
        var ownLanguage = false;
        foreach (var t in list)
        {
            ownLanguage |= t.Language == language;
        }

        foreach (var t in list)
        {
            if (ownLanguage && t.Language != language)
            {
                continue;
            }

            var ok = i + t.Tokens.Length <= view.Count;
            for (var k = 1; ok && k < t.Tokens.Length; k++)
            {
                ok = view.SameSentence(i, i + k) && view.Keys[i + k] == t.Tokens[k];
            }

            if (ok && (list.Length == 1 || ObjectCueFound(view, i, t.Tokens.Length, t)))
            {
                return t;
            }
        }

        return null;
    }

    private static List<Draft>? Build(DocumentView view, EntityIndex index, SubjectResolver resolver, bool[] inside, int i, int length, EventLexicon.Trigger trigger, bool future, (Entity? Source, Entity? Target) last, int lastSentence, IReadOnlyList<DateMention> dates, out int scanned)
    {
        var lastSource = last.Source;
        var sentence = view.Tokens[i].Sentence;
        scanned = i + length;

        if (!ObjectCueFound(view, i, length, trigger))
        {
            return null;
        }

        var sources = new List<Entity>();
        var arabic = view.IsArabic(i);
        Entity? subject = null;
        var pronoun = false;
        var passive = false;
        var pair = false;
        var afterSubject = i + length;
        Entity? whereBefore = null;
        if (trigger.Participle)
        {
            // "ورحب السوداني بقرار المحكمة، داعيا القوى السياسية إلى", "welcomed the deal, urging all sides": a
            // participle after a comma goes on with the actor of the clause it closes, else the one opening the sentence.
            if (!(view.IsPunct(i - 1, ',') || view.IsPunct(i - 1, ArabicLetters.Comma)))
            {
                return null;
            }

            subject = lastSentence == sentence ? lastSource : null;
            subject ??= index.FirstInSentenceBefore(i, inside) is { } opener && (opener.Type != EntityType.Location || EventLexicon.IsCountry(opener)) ? opener : null;
            if (subject is null)
            {
                return null;
            }
        }
        else if (trigger is { Noun: true, AgentBefore: true })
        {
            // "Israeli strikes killed", "Russia's airstrikes on Kharkiv": the agent is the nationality or the possessor
            // written before the noun; without one ("nationwide strikes", "the shelling") there is no event.
            subject = AgentBefore(view, index, resolver, i, sentence);
            if (subject is null)
            {
                return null;
            }
        }
        else if (trigger.Noun)
        {
            // A noun is an event only with its own participants: "الغزو الروسي لأوكرانيا", "talks with Iran",
            // "مباحثات مع رئيس مجلس السيادة". A bare "منذ بداية الغزو" or "cooperation" in a list is not.
            // (A noun of aid delivery, "قافلة"/"convoy", is an event by its cargo of aid, checked above; its sender is
            // named before it: "A WFP convoy", "أعلن برنامج الأغذية العالمي وصول قافلة".)
            if (!HasParticipants(view, index, resolver, i + length, sentence) && !CallerNamed(view, index, i, i + length, sentence) && !trigger.AidObject)
            {
                return null;
            }

            // "وكان ولي العهد ... قد تلقى الأسبوع الماضي اتصالا هاتفيا من سلطان عمان": the call's noun after a verb of
            // receiving belongs to that verb's subject, who received it; the caller comes after "من" (see below).
            if (arabic && ReceivingVerbAt(view, i) is var receiving and >= 0 && receiving < i
                && (PluperfectSubject(view, index, inside, receiving, sentence, out _) ?? FirstActorBetween(index, receiving + 1, i)) is { } receiver)
            {
                subject = receiver;
            }

            // "reached an agreement with Senegal", "اتصالا هاتفيا مع": the side after "with" is the other party, never
            // the noun's agent, who is named before it.
            var withPartner = view.IsWord(i + length) && view.Keys[i + length] is "with" or "avec" or "مع";
            var first = subject is null && !withPartner ? Genitive(view, index, resolver, i + length, sentence) : null;
            // After "مع"/"with" comes the other side ("اتصالا هاتفيا مع الرئيس الإيراني"), never the agent.
            var next = subject is null && index.At(i + length) is null && EventLexicon.Cue(view, i + length, "partner") == 0 ? Genitive(view, index, resolver, i + length + 1, sentence) : null;
            if (subject is null && !arabic && view.IsWord(i + length) && view.Keys[i + length] is "between" or "entre")
            {
                // "war between the Sudanese army and the RSF", "les combats entre le M23 et l'armée": the first party
                // named after "between" opens the event (Arabic reads "بين الجيش" as the noun's genitive above).
                for (var k = i + length + 1; k <= i + length + 3 && k < view.Count && view.SameSentence(i, k) && subject is null; k++)
                {
                    subject = index.At(k);
                }

                first = next = null;
            }

            subject ??= first ?? next ?? NearestBefore(index, inside, i, sentence);
            if (!arabic && ByAgent(view, index, resolver, i + length, sentence, out var agent))
            {
                // "a visit to Cairo by a Saudi delegation", "une visite à Alger par le ministre": the agent after "by" acts;
                // when it names no one the event has no known actor and is left out rather than given a wrong one.
                if (agent is null)
                {
                    return null;
                }

                subject = agent;
                first = next = null;
            }

            if (first is not null && next is not null && next != first)
            {
                // "المساعدات السعودية الإماراتية": two nationalities, two donors.
                sources.Add(next);
            }
        }
        else if (arabic)
        {
            subject = PluperfectSubject(view, index, inside, i, sentence, out var coSubject);
            if (coSubject is not null)
            {
                // "وكانت السعودية وإيران قد اتفقتا": both named before "قد" act.
                sources.Add(coSubject);
            }

            if (subject is null && i > 0 && view.SameSentence(i - 1, i) && view.Keys[i - 1] is "حيث" or "وحيث"
                && index.FirstInSentenceBefore(i, inside, EntityType.Person) is { } traveller)
            {
                // "ووصل المبعوث توم باراك إلى بيروت، حيث التقى الرئيس جوزيف عون": after "حيث" the clause goes on with
                // the person the sentence is about; the one after the verb is met, not meeting. The place just before
                // "حيث" is where.
                subject = traveller;
                whereBefore = PlaceBefore(index, i - 1, sentence);
            }

            subject ??= SubjectAfter(view, index, resolver, i + length - 1, out pronoun)
                ?? (index.At(i + length) is { Type: EntityType.Location } place ? place : null);
            if (subject is null && !pronoun && NationalityAfter(view, index, resolver, i + length, sentence) is var (agents, phraseEnd) && agents is not null)
            {
                // "قصفت طائرات حربية إسرائيلية مواقع لحزب الله": a subject written as a noun and its nationality after the
                // verb acts for that country; what follows the phrase is the target.
                subject = agents;
                afterSubject = phraseEnd;
            }
            if (subject is { Type: EntityType.Person } && !trigger.Noun && CoSubjectAfter(view, index, resolver, subject, i + length, sentence) is { } coSubject2)
            {
                // "وقع وزير الطاقة محمد البشير ووزير الطاقة الأردني صالح الخرابشة مذكرة تفاهم": a second role and name joined
                // with "و" right after the subject act with it.
                sources.Add(coSubject2);
            }

            if (trigger.Mode == "visit" && subject is { Type: EntityType.Location } && ReferenceEquals(index.At(i + length), subject))
            {
                // "سيزور الرياض": the place right after a verb of visiting is where the visit goes, not who visits.
                subject = null;
            }

            if (subject is null && !pronoun && NationalityBefore(view, index, resolver, i, sentence) is { } people)
            {
                // "أن وفدا إيرانيا سيزور", "إن مسؤولين أمريكيين التقوا": a noun and its nationality before the verb act
                // for that country.
                subject = people;
            }
            if ((subject is null || pronoun) && !trigger.Noun && EventLexicon.Cue(view, i + length, "pair") is > 0 and var pairLength
                && PairBefore(view, index, i, sentence, last, lastSentence) is var (first, second))
            {
                // "التقى شي وبوتين ... ووقع البلدان اتفاقية": the pair after the verb is the pair named just before, else
                // the two sides of the event just told ("التقى الصفدي نظيره السوري ... ووقع الوزيران مذكرات تفاهم").
                sources.Add(second);
                subject = first;
                pronoun = false;
                pair = true;
                afterSubject = i + length + pairLength;
            }
            else if (subject is null && trigger.Dual
                && PairBefore(view, index, i, sentence, last, lastSentence) is var (one, other))
            {
                // "السعودية وإيران اتفقتا", "التقى ماكرون نظيره السيسي ... واتفقا": a dual verb's two parties are the
                // pair named before it, else the two sides of the event just told.
                sources.Add(other);
                subject = one;
                pair = true;
            }
        }
        else
        {
            passive = i > 0 && EventLexicon.Cue(view, i - 1, "passive") > 0;
            // English and French always write the subject: a participle after a comma (", signed on Friday") has none
            // of its own, and a common-noun subject ("Les deux pays ont signé") names no entity.
            var participle = i > 0 && (view.IsPunct(i - 1, ',') || view.IsPunct(i - 1, ArabicLetters.Comma)) && EventLexicon.AsideStart(view, i - 1) < 0
                && EventLexicon.RelativeClauseStart(view, i - 1) < 0;
            var coordinated = CoordinatedVerb(view, i);
            subject = passive || participle || coordinated ? null : resolver.Before(i, out pronoun) ?? NearestInClause(view, index, inside, i, sentence);
            subject = subject is null ? null : Leader(view, index, inside, subject, i, sentence);
            if (subject is null && !passive && !participle && !pronoun && trigger.Type is "ASSAULT" or "COERCE" or "MOBILIZE"
                && LatinNationalityBefore(view, index, resolver, i, sentence) is { } forces)
            {
                // "Israeli warships struck the port", "Russian troops had shelled Kharkiv": a common noun with its
                // nationality before an act of force acts for that country's forces.
                subject = forces;
            }

            if (subject is null && !passive && !participle && !pronoun
                && PairAntecedents(view, index, i, sentence, last, lastSentence) is var (first, second))
            {
                // "Morocco and France held talks. The two countries signed an accord": the pair acts, in the order written;
                // "Macron s'est entretenu avec MBS. Les deux dirigeants ont appelé": the two sides of the event before.
                sources.Add(second);
                subject = first;
                pair = true;
            }
            else if (subject is null && coordinated && lastSource is not null && lastSentence == sentence)
            {
                // "X met Y and urged ...": a verb coordinated after another takes that verb's subject.
                subject = lastSource;
            }

            passive |= participle || subject is null && !pronoun;
        }

        var also = i > 0 && view.SameSentence(i - 1, i) && view.Keys[i - 1] is "كما" or "also" or "aussi";
        if (subject is null && !trigger.Noun && also && lastSource is not null)
        {
            // "كما اتفقوا على": "also" continues the actor of the event told just before.
            subject = lastSource;
        }

        if (subject is null && !trigger.Noun && lastSource is not null && lastSentence == sentence && view.Keys[i].StartsWith('و'))
        {
            // "تعهد شي ... ودعا": a verb coordinated with the previous one shares its subject.
            subject = lastSource;
        }

        if (subject is null && !trigger.Noun && !passive && SubjectBefore(view, index, inside, i, sentence) is { } earlier)
        {
            // "تدعي بكين أنها محايدة ... وتدعو": an omitted subject is the actor named earlier in the sentence.
            subject = earlier;
        }

        if (subject is not null && !arabic && !trigger.Noun && !pair && Coordinate(view, index, subject, i, sentence) is { Count: > 0 } coSubjects)
        {
            // "Egypt and the IMF agree", "Egypt, Qatar and the United States urged": every named subject acts, in the order written.
            sources.Add(subject);
            sources.InsertRange(0, coSubjects.Skip(1));
            subject = coSubjects[0];
        }

        if (subject is not null)
        {
            sources.Insert(0, subject);
            for (var k = afterSubject; arabic && !trigger.Noun && k < view.Count && k <= afterSubject + 6 && view.SameSentence(i, k); k++)
            {
                if (ReferenceEquals(index.At(k), subject))
                {
                    afterSubject = k;
                    break;
                }
            }

            if (arabic && !trigger.Noun && ReferenceEquals(index.At(afterSubject), subject))
            {
                afterSubject = index.EndOf(afterSubject);

                // "عززت الصين وروسيا": a coordinated second subject.
                if (index.At(afterSubject) is { } second && second != subject && view.Keys[afterSubject].StartsWith('و'))
                {
                    sources.Add(second);
                    afterSubject = index.EndOf(afterSubject);
                }

                // "منظمة البلدان المصدرة للنفط (أوبك)": the name in brackets is the same actor, which the text then uses alone.
                if (view.IsPunct(afterSubject, '(') && index.At(afterSubject + 1) is { } alias && alias != subject && view.IsPunct(index.EndOf(afterSubject + 1), ')'))
                {
                    sources[0] = alias;
                    afterSubject = index.EndOf(afterSubject + 1) + 1;
                }
            }
        }
        else if (!passive && (pronoun || !trigger.Noun && arabic))
        {
            var previous = FirstActorOfPreviousSentence(view, index, sentence) ?? lastSource;
            if (previous is not null)
            {
                sources.Add(previous);
            }
        }

        // "دعا شي نظيره بوتين للحضور إلى بكين": a call with a person as its object and a visit as its purpose is an invitation.
        var type = trigger.Type;
        var mode = trigger.Mode;
        var cameo = trigger.Cameo;
        if (type == "REQUEST" && IsInvitation(view, index, resolver, afterSubject, sentence))
        {
            (type, mode, cameo) = ("CONSULT", "invite", "036");
        }

        // Targets and location: the entities after the trigger in its clause.
        var targets = new List<Entity>();
        Entity? location = null;
        var invited = false;
        var partnerOnly = type == "AGREE" || trigger.PartnerOnly;
        var partner = false;
        var topic = false;
        var t = afterSubject;
        for (; t < view.Count && view.Tokens[t].Sentence == sentence; t++)
        {
            if (inside[t])
            {
                continue;
            }

            if (view.IsPunct(t, '.') || view.IsPunct(t, ';') || view.IsPunct(t, ArabicLetters.Semicolon) || view.IsPunct(t, '-') || view.IsPunct(t, '—'))
            {
                break;
            }

            if (view.IsPunct(t, ',') || view.IsPunct(t, ArabicLetters.Comma))
            {
                // ", وهو اتجاه" / ", which": a new clause. "، ورئيس مجلس الوزراء": a coordinated participant goes on.
                if (EventLexicon.Cue(view, t + 1, "clause") > 0 || targets.Count > 0 && !Coordinated(view, index, resolver, t + 1))
                {
                    break;
                }

                continue;
            }

            if (t > afterSubject && (ReportingVerbs.Direction(view, t) is not null || FindTrigger(view, t) is { Trigger.Noun: false }))
            {
                // The next verb ("ودعا", "وقال", "وفقا لما ذكرته") starts another event with its own participants.
                break;
            }

            if (t > afterSubject && AdjunctEvent(view, t, sentence))
            {
                // "a appelé à des réformes lors d'une réunion avec la cheffe du gouvernement", "discussed the crisis in a
                // phone call with": the meeting is an event of its own, and who it was with is its party, not this one's.
                break;
            }

            if (EventLexicon.Cue(view, t, "partner") > 0)
            {
                partner = true;
            }

            if (type == "CONSULT" && t > afterSubject && !partner && EventLexicon.Cue(view, t, "topic") > 0)
            {
                // "بحث الوزيران تطورات الأوضاع في سوريا وليبيا", "discussed the situation in Sudan": the places and bodies
                // after a noun of the matter discussed are its topic, not parties to the talks, until "with"/"مع" names
                // one ("discussed the war in Ukraine with Putin").
                topic = true;
            }

            if (trigger.PersonObject && t > afterSubject && targets.Count == 0 && view.IsWord(t) && index.At(t) is null && !view.IsArabic(t)
                && !TokenKeys.StartsUpper(view.Text(t)) && !resolver.Lookup(t).Entries.Any(x => x.Kind is LexKind.Title or LexKind.Counterpart or LexKind.Modifier or LexKind.Nationality)
                && view.Keys[t] is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "le" or "la" or "les" or "son" or "sa" or "ses" or "leur" or "l'" or "on" or "in" or "at" or "à" or "au" or "en"))
            {
                // "Hichilema received about 2.9 million votes ... for Brian Mundubile": what was received is no person,
                // and a person named further on is not the guest.
                break;
            }

            if (EventLexicon.Cue(view, t, "invitation") is > 0 and var cue)
            {
                invited = true;
                t += cue - 1;
                continue;
            }

            // "Jaishankar also met X and conveyed Modi's greetings", "et a transmis": a second verb coordinated
            // after the objects starts a new predicate; its objects are not this event's.
            if (t > afterSubject && !arabic && view.Keys[t] is "and" or "et" && view.IsWord(t + 1)
                && (view.Keys[t + 1] is "a" or "ont" or "has" or "have" || view.Keys[t + 1].Length > 4 && view.Keys[t + 1].EndsWith("ed", StringComparison.Ordinal) && !TokenKeys.StartsUpper(view.Text(t + 1))))
            {
                break;
            }

            var e = index.At(t);
            if (e is not null && topic && !partner)
            {
                t = index.EndOf(t) - 1;
                continue;
            }

            if (e is null)
            {
                var m = resolver.Lookup(t);
                if (m.Entries.Any(x => x.Kind == LexKind.Title) && !m.Entries.Any(x => x.Kind == LexKind.Counterpart) && AppositionOfSource(view, index, sources, t))
                {
                    // "دعا محمد حمدان دقلو (حميدتي) قائد قوات الدعم السريع": the role after the actor's name describes
                    // him; the body it names is his, not a party to the event.
                    t += m.Length;
                    while (t < view.Count && view.Tokens[t].Sentence == sentence && index.At(t) is { Type: not EntityType.Person })
                    {
                        t = index.EndOf(t);
                    }

                    t--;
                    continue;
                }

                if (m.Entries.Any(x => x.Kind == LexKind.Title) && !m.Entries.Any(x => x.Kind == LexKind.Counterpart))
                {
                    var named = PersonFollows(view, index, resolver, t + m.Length);
                    if (named >= 0)
                    {
                        // "رئيس مجلس السيادة السوداني الفريق أول الركن عبدالفتاح البرهان": the title and its
                        // organization describe the person named after them, who is the participant.
                        t = named - 1;
                        continue;
                    }

                    // "والرئيس الصيني": a title standing for its holder.
                    if (resolver.ByTitle(t, m) is { } holder && !sources.Contains(holder) && !targets.Contains(holder))
                    {
                        targets.Add(holder);
                    }

                    t += m.Length - 1;
                }
                else if (m.Entries.Any(x => x.Kind == LexKind.Counterpart) && PersonFollows(view, index, resolver, t + m.Length) is >= 0 and var named)
                {
                    // "نظيره الصيني لي تشيانغ": the counterpart is the person named after it.
                    t = named - 1;
                }
                else if (m.Entries.Any(x => x.Kind == LexKind.Counterpart) && sources.Count > 0)
                {
                    if (Counterpart(index, view, t, sources[0]) is { } other && !targets.Contains(other))
                    {
                        targets.Add(other);
                    }
                }

                continue;
            }

            var end = index.EndOf(t);
            if (e.Type == EntityType.Person && !arabic && ReportingVerbs.Direction(view, end) is not null)
            {
                // "Saudi Arabia pledged $5 billion, Finance Minister X said": the person before the reporting verb is
                // the source of the report, and the clause after the comma is not this event's.
                break;
            }

            if (e.Type == EntityType.Location && !arabic && view.IsWord(end) && resolver.Lookup(end).Entries.Any(x => x.Kind == LexKind.Title))
            {
                // "received U.S. Secretary of State Marco Rubio": the country before a role says whose role it is; the
                // person named after it takes part.
                t = end - 1;
                continue;
            }

            if (e.Type == EntityType.Location && !arabic && PossessiveOf(view, index, end) is >= 0 and var possessed)
            {
                // "China's Sinopec", "in the kingdom's Eastern Province": the place owns what follows; it takes no part
                // of its own.
                t = possessed - 1;
                continue;
            }

            if (e.Type == EntityType.Organization && view.IsWord(end) && PersonFollows(view, index, resolver, end) is >= 0 and var affiliated)
            {
                // "IMF Managing Director Kristalina Georgieva": the organization is the person's affiliation, not a participant.
                t = affiliated - 1;
                continue;
            }

            // "بالرباط" is "in Rabat": a city or a capital behind "ب" is where it happens even before any target; a
            // country there may be the object ("رحب بالصين").
            var inCity = view.Keys[t].Length > 1 && view.IsArabic(t) && view.Keys[t][0] == ArabicLetters.Beh && location is null && !trigger.Noun
                && (targets.Count > 0 || IsPlace(e) || EventLexicon.Capitals.ContainsKey(e.Name));
            // "La France a promis 50 millions d'euros au Liban", "pledged $5 billion to Egypt": a state after "to"/"au"
            // receives the aid; it is no place where the pledge was made.
            var aidRecipient = trigger.Type is "SUPPORT" or "AID" && e.Type == EntityType.Location && EventLexicon.IsCountry(e) && t > 0 && view.Keys[t - 1] is "to" or "au" or "aux" or "à";
            if (e.Type == EntityType.Location && !aidRecipient && (invited || t > 0 && LocativePrepositions.Contains(view.Keys[t - 1]) || inCity || InPlaceNoun(view, t)))
            {
                location ??= e;
            }
            else if (!sources.Contains(e) && !targets.Contains(e) && (!partnerOnly || partner))
            {
                // An agreement's other party is introduced by "مع/with": "وافقت أوبك، في مقدمتهم روسيا، على" has none.
                targets.Add(e);
            }

            t = end - 1;
        }

        scanned = t;
        location ??= whereBefore ?? FrontedLocation(view, index, inside, i, sentence);

        // "The agreements were signed by X and Y", "Khaled al-Faleh a été reçu à l'Élysée par le président Macron": a
        // passive verb's agents after "by"/"par" act; the passive subject is the other party.
        var passiveCue = i > 0 && EventLexicon.Cue(view, i - 1, "passive") > 0;
        var participleAfterComma = i > 0 && (view.IsPunct(i - 1, ',') || view.IsPunct(i - 1, ArabicLetters.Comma));
        if (!arabic && !trigger.Noun && (passiveCue && sources.Count == 0 && subject is null || participleAfterComma)
            && PassiveAgents(view, index, inside, i + length, sentence) is { Count: > 0 } byAgents)
        {
            // (", paraphé par X et Y": a participle after a comma has its agents after "par" too.)
            sources.Clear();
            sources.AddRange(byAgents);
            targets.RemoveAll(byAgents.Contains);
            if (location is not null && byAgents.Contains(location))
            {
                location = null;
            }

            if (passiveCue && resolver.Before(i - 1, out _) is { Type: not EntityType.Location } patient && !byAgents.Contains(patient))
            {
                targets.Insert(0, patient);
            }
        }

        // A city or a region does not act ("à Gaza et ont appelé"): only states, bodies and people do, and a capital
        // standing for its state. A news agency reports the event and takes no part in it ("ووقع ... حسبما أفادت رويترز").
        sources.RemoveAll(IsPlace);
        targets.RemoveAll(EventLexicon.IsMedia);
        if (sources.RemoveAll(EventLexicon.IsMedia) > 0 && sources.Count == 0 && targets.Count > 0)
        {
            // "بورتسودان (سونا) - ... في قصف مدفعي شنته قوات الدعم السريع": the agency of the dateline stood nearest
            // before the noun; the party named with it acts.
            sources.Add(targets[0]);
            targets.RemoveAt(0);
        }

        if ((trigger.PartnerOnly || type == "AGREE") && targets.Count == 0 && sources.Count >= 2)
        {
            // "Faye and Ghazouani also discussed security", "Egypt and the IMF agreed": the coordinated subjects are
            // each other's party, which a topic verb otherwise takes only after "with".
            targets.AddRange(sources.Skip(1));
            sources.RemoveRange(1, sources.Count - 1);
        }

        // Who acts is required: an event nobody is named to have done ("a staff-level agreement is signed") is dropped.
        // A verb that meets only when its object is a person ("received Marco Rubio", not "received a memorandum from
        // the IMF") is dropped without one.
        if (sources.Count == 0 || trigger.PersonObject && !targets.Any(x => x.Type == EntityType.Person) || trigger.PartnerOnly && targets.Count == 0)
        {
            return null;
        }

        var (negated, isFuture, hypothetical) = Modality(view, i, sentence);
        isFuture |= future;
        var date = DateFor(view, index, dates, sentence);
        if (trigger.Imperfect && !negated && !isFuture && !dates.Any(d => d.Sentence == sentence && !Since(view, index, d)))
        {
            // "تدعو بكين إلى احترام السيادة", "أكبر مسؤول يزور الصين": an undated present tense is a habit or a
            // description; a "since" date ("منذ فبراير 2022") measures how long it has lasted, it does not date an event.
            return null;
        }

        // "القروض التي تعهدت بها الحكومة": a verb describing an event noun is that event (a pledge of aid is aid).
        if (!trigger.Noun && i >= 2 && EventLexicon.Cue(view, i - 1, "relative") > 0 && FindTrigger(view, i - 2).Trigger is { Noun: true } described && described.Type != type)
        {
            (type, cameo) = (described.Type, described.Cameo);
        }

        // "الخرطوم تسلمت ... من المساعدات السعودية": the subject of a verb of receiving is the recipient of the aid.
        if (trigger.Noun && type == "AID" && Recipient(view, index, inside, i, sentence) is { } recipient && !sources.Contains(recipient) && !targets.Contains(recipient))
        {
            targets.Add(recipient);
        }

        Metonymy(index.Entities, sources, targets);
        for (var k = targets.Count - 1; k >= 0; k--)
        {
            // "زار عدن", "discuter de la sécurité dans la région du Sahel": a city or region is where the event
            // happens, not a party to it; so is a capital that Metonymy did not turn into its named state.
            if (IsPlace(targets[k]) || targets[k].Type == EntityType.Location && EventLexicon.Capitals.ContainsKey(targets[k].Name))
            {
                location ??= targets[k];
                targets.RemoveAt(k);
            }
        }

        if (type == "SUPPORT" && mode == "pledge" && (CueAfter(view, i + length, sentence, "aid", 10) || CueAfter(view, i + length, sentence, "funds", 12)))
        {
            // "تعهدت الحكومة البريطانية بتقديم 120 مليون جنيه", "pledged $50 million in aid": a pledge of money or
            // supplies is aid promised (CAMEO 033, intent to provide material aid).
            (type, cameo) = ("AID", "033");
        }

        if (mode == "sign" && targets.Count == 0 && sources.Count == 1 && CueAfter(view, i + length, sentence, "decree", 6))
        {
            // "Bouteflika a signé la loi de finances": signing a law or a decree is an official act, not an agreement;
            // "said it had signed agreements worth $5 billion" is one whose other party goes unnamed.
            (type, cameo) = ("STATEMENT", "010");
        }

        // "تلقى الملك اتصالا هاتفيا من أمير الكويت", "received a phone call from": whoever called made the call and is
        // its initiator; the one who received it is the other party.
        if (mode == "call" && sources.Count == 1 && targets.Count >= 1 && ReceivingVerbAt(view, i) >= 0)
        {
            // "من سلطان عمان هيثم بن طارق": the caller is the person the phrase names, not the country of the role.
            var caller = targets.FirstOrDefault(x => x.Type == EntityType.Person) ?? targets[0];
            (sources, targets) = ([caller], [sources[0], .. targets.Where(x => x != caller && !(x.Type == EntityType.Location && x.Country == caller.Country && caller.Type == EntityType.Person))]);
        }

        var triggerSpan = view.Document.ToOriginal(view.Tokens[i].Start, view.Tokens[i + length - 1].End);
        var result = new List<Draft>();
        if (sources.Count > 1 && targets.Count > 0)
        {
            // "المساعدات السعودية الإماراتية للسودان": several initiators acting on a target are one dyad each.
            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    result.Add(new Draft(type, mode, cameo, [source], [target], location, date, negated, isFuture, hypothetical, triggerSpan, sentence));
                }
            }
        }
        else if (targets.Count <= 1 || trigger.Noun)
        {
            // A noun names one occasion ("a session of talks with A and B"): all its participants share it.
            result.Add(new Draft(type, mode, cameo, sources, targets, location, date, negated, isFuture, hypothetical, triggerSpan, sentence));
        }
        else
        {
            // One dyadic event per target: "met his counterpart Li and President Xi" is two meetings.
            foreach (var target in targets)
            {
                result.Add(new Draft(type, mode, cameo, sources, [target], location, date, negated, isFuture, hypothetical, triggerSpan, sentence));
            }
        }

        return result;
    }

    // The subject after an Arabic verb, looking through a collective or document head ("دول أوبك", "تقرير الدائرة",
    // "طائرات التحالف") and a first name the recognizer left outside a later, shorter mention ("قال ألكسندر نوفاك").
    private static Entity? SubjectAfter(DocumentView view, EntityIndex index, SubjectResolver resolver, int verb, out bool pronoun)
    {
        var j = verb + 1;
        if (EventLexicon.Cue(view, j, "resumptive") > 0 && view.SameSentence(verb, j + 1))
        {
            // "التي تعهدت بها المملكة": the pronoun points back to the aid; the subject follows it.
            verb = j;
            j++;
        }

        var subject = resolver.After(verb, out pronoun);
        if (subject is not null || pronoun || !view.IsWord(j) || !view.SameSentence(verb, j + 1))
        {
            return subject;
        }

        var head = EventLexicon.Cue(view, j, "head");
        for (var k = j + head; head > 0 && k < view.Count && k <= j + head + 4 && view.SameSentence(j, k) && view.IsWord(k); k++)
        {
            // "طائرات التحالف الذي تقوده السعودية": the first named actor of the head's phrase. A nationality ends the
            // phrase and names its owner ("طائرات حربية إسرائيلية مواقع لحزب الله": Israel's, not Hezbollah's).
            if (index.At(k) is null && NationalityOf(view, resolver, k) is { } code)
            {
                return ForcesOf(index.Entities, code);
            }

            if (index.At(k) is { Type: not EntityType.Person } owner)
            {
                return owner;
            }
        }

        if (index.At(j) is null && index.At(j + 1) is { Type: EntityType.Person } person && view.IsWord(j) && !ArabicPrefixes.HasPreposition(view.Keys[j]))
        {
            return person;
        }

        return null;
    }

    // The people, bodies and states named after "by"/"par" following a passive verb, in order, up to the clause's end.
    private static List<Entity> PassiveAgents(DocumentView view, EntityIndex index, bool[] inside, int from, int sentence)
    {
        const int MaxBefore = 8;
        const int MaxAgentTokens = 20;
        var agents = new List<Entity>();
        var by = -1;
        for (var t = from; t < view.Count && t < from + MaxBefore && view.Tokens[t].Sentence == sentence && !view.IsPunct(t, '.') && !view.IsPunct(t, ';'); t++)
        {
            if (view.Keys[t] is "by" or "par" && !inside[t])
            {
                by = t;
                break;
            }
        }

        for (var t = by + 1; by >= 0 && t < view.Count && t <= by + MaxAgentTokens && view.Tokens[t].Sentence == sentence; t++)
        {
            if (view.IsPunct(t, '.') || view.IsPunct(t, ';') || view.Keys[t] is "on" or "in" or "at" or "during" or "after" or "before" or "lors" or "pendant" or "après" or "avant")
            {
                break;
            }

            if (index.At(t) is { } e && !inside[t] && (e.Type != EntityType.Location || EventLexicon.IsCountry(e)) && !agents.Contains(e))
            {
                agents.Add(e);
                t = index.EndOf(t) - 1;
            }
        }

        return agents;
    }

    // The first person or body between two tokens.
    private static Entity? FirstActorBetween(EntityIndex index, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (index.At(t) is { Type: not EntityType.Location } e)
            {
                return e;
            }
        }

        return null;
    }

    // A time adjunct that holds an event noun of its own: "lors d'une réunion", "au cours d'un entretien téléphonique",
    // "during talks", "in a phone call".
    private static bool AdjunctEvent(DocumentView view, int t, int sentence)
    {
        const int MaxWordsToNoun = 3;
        if (view.Keys[t] is not ("lors" or "pendant" or "cours" or "during" or "in"))
        {
            return false;
        }

        for (var k = t + 1; k < view.Count && k <= t + MaxWordsToNoun && view.Tokens[k].Sentence == sentence && view.IsWord(k); k++)
        {
            if (FindTrigger(view, k) is { Trigger: { Noun: true, Type: "CONSULT" } })
            {
                return true;
            }
        }

        return false;
    }

    // A call received from someone named after "من" past a day or a kinship and a title ("تلقى الأمير اتصالا هاتفيا
    // اليوم من أخيه الشيخ مشعل", "من دولة رئيس وزراء باكستان محمد شهباز شريف"): the call has its participants even
    // when no name stands in the few words after the noun.
    private static bool CallerNamed(DocumentView view, EntityIndex index, int noun, int after, int sentence)
    {
        const int MaxWordsToFrom = 3;
        const int MaxWordsToName = 10;
        if (ReceivingVerbAt(view, noun) is var receiving && (receiving < 0 || receiving >= noun))
        {
            return false;
        }

        for (var k = after; k < view.Count && k <= after + MaxWordsToFrom && view.Tokens[k].Sentence == sentence && view.IsWord(k); k++)
        {
            if (view.Keys[k] is "من" or "from" or "de")
            {
                for (var m = k + 1; m < view.Count && m <= k + MaxWordsToName && view.Tokens[m].Sentence == sentence; m++)
                {
                    if (index.At(m) is { Type: EntityType.Person })
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // The trigger, or a verb a few words before it ("تلقى [الملك ...] اتصالا هاتفيا"), as a verb of receiving: its
    // token, or -1.
    private static int ReceivingVerbAt(DocumentView view, int i)
    {
        // Gulf protocol puts a dozen words between the verb and the call: "تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني
        // أمير البلاد المفدى اتصالا هاتفيا".
        const int MaxSubjectWords = 16;
        for (var k = i; k >= 0 && k >= i - MaxSubjectWords && view.SameSentence(k, i); k--)
        {
            var key = view.Keys[k].AsSpan();
            if (view.IsArabic(k) && key.Length > 3 && key[0] is ArabicLetters.Waw or ArabicLetters.Fa)
            {
                key = key[1..];
            }

            if (key is "تلقى" or "تلقي" or "تلقت" or "يتلقى" or "يتلقي" or "received" or "reçu")
            {
                return k;
            }
        }

        return -1;
    }

    // A role right after a mention of one of the event's sources (or after its bracketed alias) is in apposition.
    private static bool AppositionOfSource(DocumentView view, EntityIndex index, List<Entity> sources, int title)
    {
        var before = title - 1;
        if (view.IsPunct(before, ')') && index.At(before - 1) is { } alias && sources.Contains(alias))
        {
            return true;
        }

        if (view.IsPunct(before, ')') && view.IsPunct(before - 2, '('))
        {
            before -= 3;
        }

        return before >= 0 && view.SameSentence(before, title) && index.At(before) is { } e && sources.Contains(e);
    }

    /// <summary>
    /// "وكان المبعوث الأممي هانس غروندبرغ قد زار عدن": in the pluperfect (كان + subject + قد + perfect verb) the subject
    /// is written before the verb, so the place right after it is the object, not a metonymic subject. Null when the
    /// verb is not in that construction.
    /// </summary>
    private static Entity? PluperfectSubject(DocumentView view, EntityIndex index, bool[] inside, int verb, int sentence, out Entity? second)
    {
        const int MaxSubjectTokens = 14;
        second = null;
        if (verb < 2 || view.Keys[verb - 1] != "قد" || !view.SameSentence(verb - 1, verb))
        {
            return null;
        }

        for (var t = verb - 2; t >= 0 && t >= verb - MaxSubjectTokens && view.Tokens[t].Sentence == sentence; t--)
        {
            if (EventLexicon.Cue(view, t, "pluperfect") > 0)
            {
                // The subject must stand between the auxiliary and "قد", not earlier in the sentence.
                var subject = SubjectBefore(view, index, inside, verb - 1, sentence);
                for (var k = t + 1; subject is not null && k < verb - 1; k++)
                {
                    if (!ReferenceEquals(index.At(k), subject))
                    {
                        continue;
                    }

                    // "وكانت السعودية وإيران قد اتفقتا": the subject joined to an entity just before it is the second
                    // of two; the first is named first.
                    var before = k - 1;
                    if (view.Keys[k].StartsWith('و') && index.At(before) is { } first && first != subject && !inside[before])
                    {
                        second = subject;
                        return first;
                    }

                    return subject;
                }

                return null;
            }
        }

        return null;
    }

    private static bool Since(DocumentView view, EntityIndex index, DateMention date)
    {
        var t = index.TokenAtOriginal(date.Span.Start);
        return t > 0 && view.Keys[t - 1] is "منذ" or "since" or "depuis" || t >= 0 && t < view.Count && view.Keys[t] is "منذ" or "since" or "depuis";
    }

    private static Entity? Recipient(DocumentView view, EntityIndex index, bool[] inside, int noun, int sentence)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 8 && view.Tokens[k].Sentence == sentence; k--)
        {
            if (EventLexicon.Cue(view, k, "receive") > 0)
            {
                return NearestBefore(index, inside, k, sentence);
            }
        }

        return null;
    }

    // "A UN team led by Laura Bennett visited": the leader named after "led by" is not the subject; the group
    // he leads is, named by the entity before it.
    private static Entity Leader(DocumentView view, EntityIndex index, bool[] inside, Entity subject, int verb, int sentence)
    {
        for (var t = verb - 1; t >= 1 && t >= verb - 6 && view.Tokens[t].Sentence == sentence; t--)
        {
            if (ReferenceEquals(index.At(t), subject) && (t == 0 || !ReferenceEquals(index.At(t - 1), subject)))
            {
                if (view.Keys[t - 1] is "by" or "par" && EventLexicon.Cue(view, t - 2, "leader") > 0 && NearestBefore(index, inside, t - 2, sentence) is { } group)
                {
                    return group;
                }

                break;
            }
        }

        return subject;
    }

    // A noun's own participants: an entity or nationality right after it, or a partner preposition with an entity.
    private static bool HasParticipants(DocumentView view, EntityIndex index, SubjectResolver resolver, int from, int sentence)
    {
        for (var k = from; k < view.Count && k <= from + 2 && view.Tokens[k].Sentence == sentence && view.IsWord(k); k++)
        {
            // (A town after "in"/"à" is where the meeting was, not who met: "un meeting à Parakou".)
            if (index.At(k) is { } e && !(IsPlace(e) && k > 0 && view.Keys[k - 1] is "in" or "at" or "à" or "dans")
                || resolver.Lookup(k).Entries.Any(x => x.Kind == LexKind.Nationality))
            {
                return true;
            }

            if (EventLexicon.Cue(view, k, "partner") > 0)
            {
                for (var m = k + 1; m < view.Count && m <= k + 5 && view.Tokens[m].Sentence == sentence && view.IsWord(m); m++)
                {
                    // A city or region there ("مواجهات مع ... بمحافظة تعز") is where, not with whom.
                    if (index.At(m) is { } partner && !IsPlace(partner) || resolver.Lookup(m).Entries.Any(x => x.Kind is LexKind.Title or LexKind.Counterpart))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The agent written right before an English noun event: a nationality adjective's country, when the article names
    /// it ("Israeli strikes"), or an entity with a possessive ("Russia's strikes", "Israel's"); else null.
    /// </summary>
    private static Entity? AgentBefore(DocumentView view, EntityIndex index, SubjectResolver resolver, int noun, int sentence)
    {
        var k = noun - 1;
        if (k >= 0 && view.IsWord(k) && view.Keys[k] is "air" or "aerial" or "deadly" or "new" or "fresh" or "overnight" or "heavy")
        {
            k--; // "Israeli air strikes", "Russian overnight strikes"
        }

        if (k < 0 || view.Tokens[k].Sentence != sentence)
        {
            return null;
        }

        if (view.IsWord(k) && index.At(k) is null && NationalityOf(view, resolver, k) is { } code)
        {
            return CountryEntity(index.Entities, code);
        }

        // "US sanctions", "Israel strikes": a country's name used as the noun's attribute.
        if (index.At(k) is { Type: EntityType.Location } state && EventLexicon.IsCountry(state))
        {
            return state;
        }

        // "Russia's": the possessive joined to the name, or a token of its own after it.
        if (index.At(k) is { Type: not EntityType.Person } possessor && view.Text(k).EndsWith("'s", StringComparison.Ordinal))
        {
            return possessor;
        }

        return view.Keys[k] == "'s" && k > 0 && index.At(k - 1) is { Type: not EntityType.Person } owner ? owner : null;
    }

    /// <summary>
    /// "au palais de Carthage", "in the city of El Fasher", "at the port of Aden": a place named after "de"/"of" in a
    /// locative phrase is where, like the place right after the preposition.
    /// </summary>
    private static bool InPlaceNoun(DocumentView view, int t)
    {
        const int MaxWords = 3;
        if (t >= 2 && view.IsArabic(t) && view.SameSentence(t - 2, t))
        {
            // "في مدينة شرم الشيخ", "بالعاصمة الرياض": a settlement noun between the preposition and the place; "في
            // العاصمة التركية أنقرة": with the nationality adjective of the noun after it.
            var n = t - 1;
            if (n >= 2 && view.SameSentence(n - 2, n) && ArabicPrefixes.IsNisba(view.Keys[n]) && ArabicPrefixes.IsDefinite(view.Keys[n])
                && (ArabicPlaceNouns.Contains(view.Keys[n - 1]) || view.Keys[n - 1].Length > 2 && view.Keys[n - 1][0] == ArabicLetters.Beh && ArabicPlaceNouns.Contains(view.Keys[n - 1][1..])))
            {
                n--;
            }

            var noun = view.Keys[n];
            return ArabicPlaceNouns.Contains(noun) && n >= 1 && view.Keys[n - 1] == "في"
                || noun.Length > 2 && noun[0] == ArabicLetters.Beh && ArabicPlaceNouns.Contains(noun[1..]);
        }

        if (t < 2 || view.Keys[t - 1] is not ("de" or "of" or "du" or "d'"))
        {
            return false;
        }

        for (var k = t - 2; k >= 0 && k >= t - 1 - MaxWords && view.SameSentence(k, t) && view.IsWord(k); k--)
        {
            if (LocativePrepositions.Contains(view.Keys[k]))
            {
                return k < t - 2;
            }
        }

        return false;
    }

    /// <summary>
    /// The country of an Arabic noun phrase ending in a nationality right before the verb, after "أن"/"إن" or opening
    /// the clause ("أن وفدا إيرانيا سيزور"), when the article names that country; else null.
    /// </summary>
    private static Entity? NationalityBefore(DocumentView view, EntityIndex index, SubjectResolver resolver, int verb, int sentence)
    {
        var adjective = verb - 1;
        var noun = verb - 2;
        if (noun < 0 || view.Tokens[noun].Sentence != sentence || !view.IsWord(noun) || !view.IsWord(adjective) || index.At(noun) is not null
            || NationalityOf(view, resolver, adjective) is not { } code)
        {
            return null;
        }

        var opener = noun - 1;
        return opener < 0 || view.Tokens[opener].Sentence != sentence || view.Keys[opener] is "أن" or "ان" or "إن" or "وأن" or "بأن" || !view.IsWord(opener)
            ? CountryEntity(index.Entities, code)
            : null;
    }

    // The forces of the country whose nationality adjective opens an English subject of one or two lowercase words
    // right before the verb (past "had"/"have"/"has"): "Israeli warships struck", "Russian fighter jets had bombed".
    private static Entity? LatinNationalityBefore(DocumentView view, EntityIndex index, SubjectResolver resolver, int verb, int sentence)
    {
        var k = verb - 1;
        while (k >= 0 && view.Keys[k] is "had" or "have" or "has")
        {
            k--;
        }

        for (var words = 0; words < 2 && k >= 1 && view.Tokens[k].Sentence == sentence && view.IsWord(k) && index.At(k) is null
            && !TokenKeys.StartsUpper(view.Text(k)); words++, k--)
        {
            if (view.IsWord(k - 1) && view.Tokens[k - 1].Sentence == sentence && NationalityOf(view, resolver, k - 1) is { } code)
            {
                return ForcesOf(index.Entities, code);
            }
        }

        return null;
    }

    /// <summary>
    /// The country of an Arabic subject written after the verb as a common noun with up to two more words and a
    /// nationality ("طائرات حربية إسرائيلية", "قوات روسية"), when the article names that country, and the token after
    /// the phrase; (null, 0) otherwise.
    /// </summary>
    private static (Entity? Agent, int End) NationalityAfter(DocumentView view, EntityIndex index, SubjectResolver resolver, int from, int sentence)
    {
        const int MaxWords = 3;
        for (var k = from + 1; k <= from + MaxWords && k < view.Count && view.Tokens[k].Sentence == sentence && view.IsWord(k) && view.IsArabic(k); k++)
        {
            if (index.At(k) is not null || index.At(k - 1) is not null)
            {
                return (null, 0);
            }

            if (NationalityOf(view, resolver, k) is { } code)
            {
                return ForcesOf(index.Entities, code) is { } country ? (country, k + 1) : (null, 0);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// The place named shortly before token <paramref name="end"/> in its sentence ("إلى بيروت مساء الاثنين، حيث"),
    /// with no other entity between; else null.
    /// </summary>
    private static Entity? PlaceBefore(EntityIndex index, int end, int sentence)
    {
        const int MaxTokens = 5;
        for (var t = end - 1; t >= 0 && t >= end - MaxTokens && index.View.Tokens[t].Sentence == sentence; t--)
        {
            if (index.At(t) is { } e)
            {
                return e.Type == EntityType.Location ? e : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A verb that is an event only with a certain noun after it ("kept its interest rate", "launched strikes", "sent
    /// aid", "lifted sanctions") has that noun: "left", "held", "sent" or "رفع" alone are common and no event, and a
    /// form with two readings ("رفع سعر الفائدة" raises a rate, "رفع العقوبات" lifts sanctions) is the one whose noun follows.
    /// </summary>
    private static bool ObjectCueFound(DocumentView view, int i, int length, EventLexicon.Trigger trigger)
    {
        var sentence = view.Tokens[i].Sentence;
        return trigger.Aspect switch
        {
            TriggerAspect.RateObject => CueAfter(view, i + length, sentence, "rate", 5),
            TriggerAspect.ArmedObject => CueAfter(view, i + length, sentence, "armed", 6),
            TriggerAspect.SanctionObject => CueAfter(view, i + length, sentence, "sanction", 6),
            TriggerAspect.LiftedSanctions => CueAfter(view, i + length, sentence, "embargo", 6),
            TriggerAspect.Penalty => CueAfter(view, i + length, sentence, "penalty", 12),
            TriggerAspect.EnvoyObject => CueAfter(view, i + length, sentence, "envoy", 6),
            TriggerAspect.CueAfter => NeededCueAfter(view, i + length, sentence, trigger.NeededCue!),
            TriggerAspect.AidObject => CueAfter(view, i + length, sentence, "aid", 10) || CueAfter(view, i + length, sentence, "funds", 10),
            _ => true,
        };
    }

    // The cue a "needs:" form must have right after it, past a weekday ("s'est rendu jeudi en France"); in Arabic, past
    // the subject that follows the verb ("قطعت مالي العلاقات").
    private static bool NeededCueAfter(DocumentView view, int from, int sentence, string kind)
    {
        if (from > 0 && view.IsArabic(from - 1))
        {
            return CueAfter(view, from, sentence, kind, 10);
        }

        if (from < view.Count && view.IsWord(from) && Dates.DateLexicons.Weekdays.TryGet(view.Text(from), out _))
        {
            from++;
        }

        return from < view.Count && view.Tokens[from].Sentence == sentence && EventLexicon.Cue(view, from, kind) > 0;
    }

    /// <summary>
    /// Whether a cue of <paramref name="kind"/> stands among the few tokens after a verb: a noun of armed attack for
    /// "شنت" (six: the subject may come between), a noun of aid for "sent"/"أرسلت" (ten: the subject, a recipient and
    /// an amount may come between, "provided Jordan with $100 million in assistance").
    /// </summary>
    private static bool CueAfter(DocumentView view, int from, int sentence, string kind, int maxTokens)
    {
        for (var k = from; k < view.Count && k < from + maxTokens && view.Tokens[k].Sentence == sentence; k++)
        {
            if (EventLexicon.Cue(view, k, kind) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who acts for "القوات الإسرائيلية", "طائرات حربية إسرائيلية": the country's armed forces when the article names
    /// them (an organization of that country named as forces, army or military), else the country itself.
    /// </summary>
    private static Entity? ForcesOf(IReadOnlyList<Entity> entities, string code)
    {
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Organization && e.Country == code
                && (e.Name.Contains("Forces", StringComparison.Ordinal) || e.Name.Contains("Army", StringComparison.Ordinal) || e.Name.Contains("Military", StringComparison.Ordinal)))
            {
                return e;
            }
        }

        return CountryEntity(entities, code);
    }

    /// <summary>
    /// The country of a nationality adjective, also in the Arabic indefinite accusative ("وفدا إيرانيا", "مسؤولا
    /// أمريكيا"), which the lexicon lists without its alef; a word that is itself known ("روسيا") is not read so.
    /// </summary>
    private static string? NationalityOf(DocumentView view, SubjectResolver resolver, int k)
    {
        var m = resolver.Lookup(k);
        if (m.Entries.FirstOrDefault(x => x.Kind == LexKind.Nationality) is { Country: { } code })
        {
            return code;
        }

        var key = view.Keys[k];
        if (m.Entries.Length > 0 || !view.IsArabic(k) || key.Length < 4 || key[^1] != ArabicLetters.Alef || key[^2] != ArabicLetters.Yeh)
        {
            return null;
        }

        var found = new List<LexEntry>(2);
        return EntityLexicon.Gazetteer.Match(view, k, key[..^1], stripped: false, found) == 1
            ? found.FirstOrDefault(x => x.Kind == LexKind.Nationality)?.Country
            : null;
    }

    /// <summary>
    /// Whether "by"/"par" follows an English or French event noun in its phrase ("a visit to Cairo by a Saudi
    /// delegation"), and the agent it names: the first entity within four words, else a nationality's country there,
    /// else null.
    /// </summary>
    private static bool ByAgent(DocumentView view, EntityIndex index, SubjectResolver resolver, int from, int sentence, out Entity? agent)
    {
        const int PhraseWords = 6, AgentWords = 4;
        agent = null;
        for (var k = from; k < view.Count && k <= from + PhraseWords && view.Tokens[k].Sentence == sentence && view.IsWord(k); k++)
        {
            if (view.Keys[k] is not ("by" or "par"))
            {
                continue;
            }

            for (var a = k + 1; a < view.Count && a <= k + AgentWords && view.Tokens[a].Sentence == sentence && view.IsWord(a); a++)
            {
                if (index.At(a) is { } e)
                {
                    agent = e;
                    return true;
                }

                // "by a Saudi delegation": the nationality's country, when the article names it; "by French President
                // Emmanuel Macron": the person named after it comes first.
                if (agent is null && resolver.Lookup(a).Entries.FirstOrDefault(x => x.Kind == LexKind.Nationality) is { Country: { } code })
                {
                    agent = CountryEntity(index.Entities, code);
                }
            }

            return true;
        }

        return false;
    }

    // "الغزو الروسي" -> Russia, "زيارة بوتين" -> Putin: the actor a noun names right after it; "a visit to Cairo" names
    // where, and "sanctions contre l'Iran", "strikes on Gaza" whom, not who.
    private static Entity? Genitive(DocumentView view, EntityIndex index, SubjectResolver resolver, int from, int sentence)
    {
        for (var k = from; k < view.Count && k <= from + 1 && view.Tokens[k].Sentence == sentence && view.IsWord(k); k++)
        {
            // (After "to"/"إلى" comes a destination or a recipient, after "on"/"على" a target: never the noun's agent.)
            if (index.At(k) is { } e && !view.Keys[k].StartsWith('ل') && !LocativePrepositions.Contains(view.Keys[k - 1])
                && view.Keys[k - 1] is not ("to" or "vers" or "on" or "against" or "sur" or "contre" or "إلى" or "الى" or "الي" or "على" or "علي"))
            {
                return e;
            }

            if (resolver.Lookup(k).Entries.FirstOrDefault(x => x.Kind == LexKind.Nationality) is { Country: { } code })
            {
                return CountryEntity(index.Entities, code);
            }
        }

        return null;
    }

    private static bool IsInvitation(DocumentView view, EntityIndex index, SubjectResolver resolver, int from, int sentence)
    {
        // The object must be a person (or "his counterpart"), not "إلى" + what is called for.
        var m = resolver.Lookup(from);
        if (index.At(from) is not { Type: EntityType.Person } && !m.Entries.Any(x => x.Kind is LexKind.Counterpart or LexKind.Title))
        {
            return false;
        }

        for (var k = from; k < view.Count && k <= from + 8 && view.Tokens[k].Sentence == sentence; k++)
        {
            if (EventLexicon.Cue(view, k, "invitation") > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Coordinated(DocumentView view, EntityIndex index, SubjectResolver resolver, int t)
    {
        if (!view.IsWord(t) || !view.Keys[t].StartsWith('و') && view.Keys[t] is not ("and" or "et"))
        {
            return false;
        }

        var k = view.Keys[t] is "and" or "et" ? t + 1 : t;
        return index.At(k) is not null || resolver.Lookup(k).Entries.Any(x => x.Kind == LexKind.Title);
    }

    // Metonymy: a capital acting ("تدعي بكين") is its country's government; when a state acts, a leader it acts
    // upon stands for his state ("China never condemned the operation Putin launched" is China against Russia).
    private static void Metonymy(IReadOnlyList<Entity> entities, List<Entity> sources, List<Entity> targets)
    {
        for (var k = 0; k < sources.Count; k++)
        {
            sources[k] = CountryOfCapital(entities, sources[k]);
        }

        var stateActor = sources[0].Type == EntityType.Location && EventLexicon.IsCountry(sources[0]);
        for (var k = 0; k < targets.Count; k++)
        {
            var target = CountryOfCapital(entities, targets[k]);
            if (stateActor && target.Type == EntityType.Person && target.Country is { } code && CountryEntity(entities, code) is { } state)
            {
                target = state;
            }

            targets[k] = target;
        }

        Dedupe(sources, []);
        Dedupe(targets, sources);
    }

    private static void Dedupe(List<Entity> list, List<Entity> exclude)
    {
        for (var k = list.Count - 1; k >= 0; k--)
        {
            if (exclude.Contains(list[k]) || list.IndexOf(list[k]) < k)
            {
                list.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// Where the entity owned by the one ending at <paramref name="end"/> starts, when it is written with the English
    /// possessive ("China's Sinopec", "the kingdom's Eastern Province"); else -1. The mention leaves "'s" out.
    /// </summary>
    private static int PossessiveOf(DocumentView view, EntityIndex index, int end)
    {
        var k = end;
        if (view.IsPunct(k, '\'') && k + 1 < view.Count && view.Keys[k + 1] == "s")
        {
            k += 2;
        }
        else if (k < view.Count && view.Keys[k] is "'s" or "s")
        {
            k++;
        }
        else if (!(end > 0 && view.Text(end - 1).EndsWith("'s", StringComparison.Ordinal)))
        {
            return -1;
        }

        // Past one or two lowercase words ("China's commerce ministry", "Russia's state energy firm"): still owned.
        for (var n = 0; n < 3 && k < view.Count && view.IsWord(k); n++, k++)
        {
            if (index.At(k) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    private static Entity CountryOfCapital(IReadOnlyList<Entity> entities, Entity e) =>
        e.Type == EntityType.Location && EventLexicon.Capitals.TryGetValue(e.Name, out var code) && CountryEntity(entities, code) is { } country ? country : e;

    /// <summary>
    /// "وفي القاهرة، بحث شكري ...", "In Nairobi, the governor said", "À Dakar, le Premier ministre a annoncé": a place
    /// after a locative preposition before the trigger, in its sentence, where nothing else was found after it.
    /// </summary>
    private static Entity? FrontedLocation(DocumentView view, EntityIndex index, bool[] inside, int trigger, int sentence)
    {
        for (var t = trigger - 1; t > 0 && view.Tokens[t].Sentence == sentence; t--)
        {
            if (inside[t] || index.At(t) is not { Type: EntityType.Location } place || ReferenceEquals(index.At(t - 1), place))
            {
                continue;
            }

            // "في القاهرة" / "وفي القاهرة", or the preposition attached: "بالقاهرة", "وبالقاهرة".
            var key = view.Keys[t - 1];
            var own = view.Keys[t];
            var attached = view.IsArabic(t) && own.Length > 3 && (own[0] == ArabicLetters.Beh || own[0] == ArabicLetters.Waw && own[1] == ArabicLetters.Beh)
                && StrippedProclitic(index, place, t);
            if (LocativePrepositions.Contains(key) || key is "وفي" || attached)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// "a annoncé lundi à Dakar que", "قال في مؤتمر صحافي في عمان إن", "told reporters in Nairobi": where the words were
    /// said, a place after a locative preposition between the reporting verb and what was reported.
    /// </summary>
    private static Entity? StatementLocation(DocumentView view, EntityIndex index, int verb, int sentence)
    {
        const int MaxTokens = 12;
        for (var t = verb + 1; t < view.Count && t <= verb + MaxTokens && view.Tokens[t].Sentence == sentence; t++)
        {
            if (view.Keys[t] is "ان" or "أن" or "that" or "que" or "qu'" or ":" or "\"" or "«" || view.Keys[t].StartsWith("qu'", StringComparison.Ordinal))
            {
                break;
            }

            if (index.At(t) is { Type: EntityType.Location } place && LocativePrepositions.Contains(view.Keys[t - 1]))
            {
                return place;
            }
        }

        return null;
    }

    // Whether the entity's mention at token t starts after the token does: a proclitic was stripped from it.
    private static bool StrippedProclitic(EntityIndex index, Entity e, int t)
    {
        var tokenSpan = index.TokenSpans[t];
        return e.Mentions.Any(m => m.Span.Overlaps(tokenSpan) && m.Span.Start > tokenSpan.Start);
    }

    private static bool IsPlace(Entity e) => e.Type == EntityType.Location && !EventLexicon.IsCountry(e) && !EventLexicon.Capitals.ContainsKey(e.Name);

    private static Entity? CountryEntity(IReadOnlyList<Entity> entities, string code)
    {
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Location && e.Country == code && EventLexicon.IsCountry(e))
            {
                return e;
            }
        }

        return null;
    }

    private static Draft Statement(DocumentView view, EntityIndex index, bool[] inside, int verb, Entity subject, IReadOnlyList<DateMention> dates)
    {
        var sentence = view.Tokens[verb].Sentence;
        var (negated, future, hypothetical) = Modality(view, verb, sentence);
        var span = view.Document.ToOriginal(view.Tokens[verb].Start, view.Tokens[verb].End);
        var key = view.Keys[verb];
        if (!EventLexicon.StatementModes.TryGetValue(key, out var mode) && (key.Length < 4 || key[0] is not (ArabicLetters.Waw or ArabicLetters.Fa) || !EventLexicon.StatementModes.TryGetValue(key[1..], out mode)))
        {
            mode = "comment";
        }

        var location = StatementLocation(view, index, verb, sentence) ?? (Postposed(view, verb) ? null : FrontedLocation(view, index, inside, verb, sentence));
        return new Draft("STATEMENT", mode, "010", [subject], [], location, DateFor(view, index, dates, sentence), negated, future, hypothetical, span, sentence) { Reported = true };
    }

    /// <summary>
    /// "..., including the situation in Gaza, SPA said", "« ... », a déclaré le ministre": an English or French
    /// attribution written after what was said, behind a comma or a closing quote; the places before it are what was
    /// said, not where.
    /// </summary>
    private static bool Postposed(DocumentView view, int verb)
    {
        const int MaxSubjectTokens = 8;
        if (view.IsArabic(verb))
        {
            return false;
        }

        for (var k = verb - 1; k >= 0 && k >= verb - MaxSubjectTokens && view.SameSentence(k, verb); k--)
        {
            if (!view.IsWord(k))
            {
                return view.IsPunct(k, ',') || view.IsPunct(k, '"') || view.IsPunct(k, '\u00BB') || view.IsPunct(k, '\u201D');
            }
        }

        return false;
    }

    // The person after "و" and a role right after a verb's Arabic subject: "وقع X ووزير الطاقة الأردني Y". Null when the
    // subject is not found among the words after the verb or no role joined with "و" follows it.
    private static Entity? CoSubjectAfter(DocumentView view, EntityIndex index, SubjectResolver resolver, Entity subject, int from, int sentence)
    {
        const int MaxWordsToSubject = 8;
        for (var t = from; t < view.Count && t < from + MaxWordsToSubject && view.Tokens[t].Sentence == sentence && view.IsWord(t); t++)
        {
            if (!ReferenceEquals(index.At(t), subject))
            {
                continue;
            }

            var next = index.EndOf(t);
            if (!view.IsWord(next) || view.Tokens[next].Sentence != sentence || !view.IsArabic(next) || view.Keys[next].Length < 3 || view.Keys[next][0] != ArabicLetters.Waw
                || !resolver.Lookup(next).Entries.Any(x => x.Kind == LexKind.Title))
            {
                return null;
            }

            var named = PersonFollows(view, index, resolver, next + resolver.Lookup(next).Length);
            return named >= 0 && index.At(named) is { } other && !ReferenceEquals(other, subject) ? other : null;
        }

        return null;
    }

    // "الرئيس الروسي فلاديمير بوتين", "رئيس مجلس السيادة السوداني الفريق أول الركن عبدالفتاح البرهان": a title followed
    // by its holder's name (across the organization, nationality and ranks that qualify it) is not a bare title. The
    // index of the name, or -1.
    private static int PersonFollows(DocumentView view, EntityIndex index, SubjectResolver resolver, int from)
    {
        for (var k = from; k < view.Count && k <= from + 7 && view.SameSentence(from, k) && (view.IsWord(k) || k > from && IsCommaBeforePerson(view, index, k)); k++)
        {
            if (!view.IsWord(k))
            {
                continue; // "le président du Sénégal, Bassirou Diomaye Faye": the name in apposition after a comma
            }

            var e = index.At(k);
            if (e is { Type: EntityType.Person })
            {
                return k;
            }

            var key = view.Keys[k];
            if (e is null && (k > from && key.StartsWith('و') || LocativePrepositions.Contains(key) || key is "من" or "الي" or "مع" or "عن" or "علي" or "خلال" or "منذ" or "يوم" or "to" or "from" or "with" or "and" or "or" or "et" or "ou" or "avec" || FindTrigger(view, k).Trigger is not null || resolver.Lookup(k).Entries.Any(x => x.Kind == LexKind.Counterpart)))
            {
                return -1;
            }

            if (e is not null)
            {
                k = index.EndOf(k) - 1;
            }
        }

        return -1;
    }

    private static bool IsCommaBeforePerson(DocumentView view, EntityIndex index, int k) =>
        (view.IsPunct(k, ',') || view.IsPunct(k, ArabicLetters.Comma)) && index.At(k + 1) is { Type: EntityType.Person };

    // A comma, or a dash that is no hyphen inside a name: a dash closes a dateline ("JOHANNESBURG, March 11 (Reuters) -
    // Police arrested" names no subject before it).
    private static bool ClauseStopBefore(DocumentView view, EntityIndex index, int t) =>
        view.IsPunct(t, ',') || view.IsPunct(t, ArabicLetters.Comma)
        || (view.IsPunct(t, '-') || view.IsPunct(t, '—')) && !(t > 0 && index.At(t - 1) is { } named && ReferenceEquals(named, index.At(t + 1)));

    // The nearest entity before an English or French verb within its clause (not across a comma or a dateline's dash).
    private static Entity? NearestInClause(DocumentView view, EntityIndex index, bool[] inside, int i, int sentence)
    {
        // Auxiliaries and the comma closing an apposition ("Nadia Fettah Alaoui, a rencontré") stand between.
        var from = i - 1;
        while (from > 0 && view.Keys[from] is "a" or "has" or "had" or "have" or "ont" or "avait" or "also" or "aussi")
        {
            from--;
        }

        if (EventLexicon.AsideStart(view, from) is var aside and >= 0)
        {
            // "La France, de son côté, a condamné": past the connective set off by commas.
            from = aside - 1;
        }
        else if (EventLexicon.RelativeClauseStart(view, from) is var relative and >= 0)
        {
            // "La France, qui a retiré ses troupes du Mali, a dénoncé": past the relative clause.
            from = relative - 1;
        }
        else if (view.IsPunct(from, ','))
        {
            from--;
        }

        for (var t = from; t >= 0 && view.Tokens[t].Sentence == sentence && !ClauseStopBefore(view, index, t); t--)
        {
            if (!inside[t] && index.At(t) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    // The subjects joined to <subject> before the verb, in the order written: "Egypt and the IMF agree" gives Egypt,
    // "Egypt, Qatar and the United States urged" Egypt and Qatar; empty when it stands alone.
    private static List<Entity> Coordinate(DocumentView view, EntityIndex index, Entity subject, int verb, int sentence)
    {
        var found = new List<Entity>();
        var t = verb - 1;
        while (t >= 0 && !ReferenceEquals(index.At(t), subject) && t >= verb - 3)
        {
            t--;
        }

        while (t > 0 && ReferenceEquals(index.At(t - 1), subject))
        {
            t--;
        }

        var k = t - 1;
        if (k > 0 && IsLatinArticle(view.Keys[k]))
        {
            k--;
        }

        if (!(k > 0 && view.SameSentence(k, verb) && view.Keys[k] is "and" or "et" && index.At(k - 1) is { } first && first != subject))
        {
            return found;
        }

        // "A, B and C": the names before, each after a comma, in the order written.
        found.Add(first);
        var at = k - 1;
        while (true)
        {
            while (at > 0 && ReferenceEquals(index.At(at - 1), index.At(at)))
            {
                at--;
            }

            var comma = at - 1;
            if (comma < 1 || !view.SameSentence(comma, verb) || !view.IsPunct(comma, ',') || index.At(comma - 1) is not { } earlier || found.Contains(earlier) || earlier == subject)
            {
                break;
            }

            found.Insert(0, earlier);
            at = comma - 1;
        }

        return found;
    }

    /// <summary>
    /// The two actors a pair subject of an English or French verb refers to ("the two countries", "les deux pays": the
    /// "pair" cues): the nearest "X and Y" / "X et Y" of two named entities earlier in the sentence or in the two
    /// sentences before it; failing that, the two sides of the last event told, when it had both and was at most two
    /// sentences before ("Macron s'est entretenu avec MBS. Les deux dirigeants ont appelé"). Null when there is no
    /// pair subject or nothing it can refer to, so a pair subject alone never invents actors.
    /// </summary>
    private static (Entity First, Entity Second)? PairAntecedents(DocumentView view, EntityIndex index, int verb, int sentence, (Entity? Source, Entity? Target) last, int lastSentence)
    {
        var start = PairSubjectStart(view, verb, sentence);
        if (start < 0)
        {
            return null;
        }

        return PairBefore(view, index, start, sentence, last, lastSentence);
    }

    // The pair a two-sided subject stands for: the two coordinated just before token <paramref name="before"/> in its
    // sentence, else the two sides of the event told in the last two sentences.
    private static (Entity First, Entity Second)? PairBefore(DocumentView view, EntityIndex index, int before, int sentence, (Entity? Source, Entity? Target) last, int lastSentence) =>
        CoordinatedPairBefore(view, index, before, sentence)
            ?? (last is ({ } source, { } target) && sentence - lastSentence is >= 0 and <= 2 ? (source, target) : null);

    /// <summary>
    /// Where the pair subject of <paramref name="verb"/> starts, or -1: right before it past an auxiliary ("have",
    /// "ont"), or opening the sentence when the verb is coordinated after another ("Les deux dirigeants ont évoqué ...
    /// et ont appelé").
    /// </summary>
    private static int PairSubjectStart(DocumentView view, int verb, int sentence)
    {
        if (CoordinatedVerb(view, verb))
        {
            var first = view.TokenAtOrAfter(view.Document.Sentences[sentence].NormalizedSpan.Start);
            return EventLexicon.Cue(view, first, "pair") > 0 ? first : -1;
        }

        var end = verb;
        while (end > 0 && view.SameSentence(end - 1, verb) && view.Keys[end - 1] is "have" or "has" or "had" or "ont" or "avaient" or "also" or "aussi")
        {
            end--;
        }

        for (var s = Math.Max(0, end - 3); s < end; s++)
        {
            if (view.SameSentence(s, verb) && EventLexicon.Cue(view, s, "pair") == end - s)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>
    /// "et ont appelé", "and urged", "and has signed": an English or French verb coordinated after another one, whose
    /// subject is that verb's, not the nearest name before it.
    /// </summary>
    private static bool CoordinatedVerb(DocumentView view, int verb)
    {
        var k = verb - 1;
        while (k > 0 && view.SameSentence(k, verb) && view.Keys[k] is "have" or "has" or "had" or "ont" or "a" or "avait" or "avaient" or "also" or "aussi")
        {
            k--;
        }

        return k >= 0 && k < verb && view.SameSentence(k, verb) && view.Keys[k] is "and" or "et";
    }

    /// <summary>
    /// The nearest two named entities coordinated before token <paramref name="before"/>, in its sentence or the two
    /// before it: "X and Y", "X et (la) Y", or Arabic "X وY" (the conjunction prefixed to the second name).
    /// </summary>
    private static (Entity First, Entity Second)? CoordinatedPairBefore(DocumentView view, EntityIndex index, int before, int sentence)
    {
        for (var k = before - 1; k > 0 && view.Tokens[k].Sentence >= sentence - 2; k--)
        {
            if (!view.SameSentence(k - 1, k) || index.At(k - 1) is not { } first)
            {
                continue;
            }

            if (view.Keys[k] is "and" or "et")
            {
                var next = k + 1 < before && IsLatinArticle(view.Keys[k + 1]) ? k + 2 : k + 1;
                if (next < before && view.SameSentence(k, next) && index.At(next) is { } second && second != first)
                {
                    return (first, second);
                }
            }
            else if (view.Keys[k].StartsWith('و') && index.At(k) is { } second && second != first)
            {
                return (first, second);
            }
        }

        return null;
    }

    /// <summary>An English or French article between a conjunction and the name after it ("Egypt and the IMF", "le Maroc et la France").</summary>
    private static bool IsLatinArticle(string key) => key is "the" or "la" or "le" or "les" or "l'";

    private static Entity? NearestBefore(EntityIndex index, bool[] inside, int i, int sentence)
    {
        for (var t = i - 1; t >= 0 && index.View.Tokens[t].Sentence == sentence; t--)
        {
            if (!inside[t] && index.At(t) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    // An entity earlier in the sentence that is not the object of a preposition ("تدعي بكين ..." but not "إلى الصين").
    private static Entity? SubjectBefore(DocumentView view, EntityIndex index, bool[] inside, int i, int sentence)
    {
        for (var t = i - 1; t >= 0 && view.Tokens[t].Sentence == sentence; t--)
        {
            if (EventLexicon.RelativeClauseStart(view, t) is var open and >= 0)
            {
                t = open; // "La France, qui a retiré ses troupes du Mali, a dénoncé": past the relative clause
                continue;
            }

            if (inside[t] || index.At(t) is not { } e)
            {
                continue;
            }

            var start = t;
            while (start > 0 && ReferenceEquals(index.At(start - 1), e))
            {
                start--;
            }

            var key = view.Keys[start];
            // A proclitic preposition stripped from the mention ("لموسكو", "بالصين") makes it an object, not a subject.
            var prefixed = StrippedProclitic(index, e, start) && !key.StartsWith('و');
            if (!prefixed && (start == 0 || !LocativePrepositions.Contains(view.Keys[start - 1]) && view.Keys[start - 1] is not ("الي" or "الى" or "من" or "مع" or "عن" or "علي" or "to" or "from" or "with")))
            {
                return e;
            }

            t = start;
        }

        return null;
    }

    private static Entity? FirstActorOfPreviousSentence(DocumentView view, EntityIndex index, int sentence)
    {
        for (var s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            for (var t = view.TokenAtOrAfter(view.Document.Sentences[s].NormalizedSpan.Start); t < view.Count && view.Tokens[t].Sentence <= s; t++)
            {
                if (view.Tokens[t].Sentence == s && index.At(t) is { Type: EntityType.Person or EntityType.Organization } e)
                {
                    return e;
                }
            }
        }

        return null;
    }

    // "نظيره" without a name: the person of another country last named before it.
    private static Entity? Counterpart(EntityIndex index, DocumentView view, int t, Entity source)
    {
        var at = view.Document.ToOriginal(view.Tokens[t].Start, view.Tokens[t].End).Start;
        Entity? found = null;
        foreach (var (span, e) in index.MentionsInOrder)
        {
            if (span.Start >= at)
            {
                break;
            }

            if (e.Type == EntityType.Person && e != source && (source.Country is null || e.Country != source.Country))
            {
                found = e;
            }
        }

        return found;
    }

    private static (bool Negated, bool Future, bool Hypothetical) Modality(DocumentView view, int i, int sentence)
    {
        bool negated = false, future = false, hypothetical = false;
        for (var t = i - 1; t >= 0 && t >= i - 8 && view.Tokens[t].Sentence == sentence; t--)
        {
            // "ولم تدن", "فلن": the conjunction is written on the particle.
            var key = view.Keys[t];
            if (!EventLexicon.Modality.TryGetValue(key, out var kind) && (key.Length < 3 || key[0] is not (ArabicLetters.Waw or ArabicLetters.Fa) || !EventLexicon.Modality.TryGetValue(key[1..], out kind)))
            {
                continue;
            }

            if (kind == "negated" && i - t <= 3)
            {
                negated = true;
            }
            else if (kind == "future" && i - t <= 3)
            {
                future = true;
            }
            else if (kind == "hypothetical")
            {
                hypothetical = true;
            }
        }

        // French "ne ... pas" and "n'a pas": the second part follows the verb's auxiliary.
        if (!negated && i + 1 < view.Count && view.Keys[i + 1] is "pas" or "jamais" or "never" or "أبدا")
        {
            negated = true;
        }

        return (negated, future, hypothetical);
    }

    /// <summary>The (last) day named in the event's own sentence: an earlier sentence's day dates an earlier event.</summary>
    private static DateOnly? DateFor(DocumentView view, EntityIndex index, IReadOnlyList<DateMention> dates, int sentence)
    {
        DateMention? best = null;
        foreach (var d in dates)
        {
            // "منذ السابع من أكتوبر", "since October 7": where a span of time starts, not when the event happened.
            if (d.Granularity == DateGranularity.Day && d.Range is not null && d.Sentence == sentence && (best is null || d.Span.Start > best.Span.Start) && !Since(view, index, d))
            {
                best = d;
            }
        }

        return best?.Range?.Start;
    }

    // An event whose sentence names no time at all belongs to the episode of the last dated event that one of its
    // persons took part in ("وأشار لي تشيانغ" after the meeting "اليوم" with him); one with a month or a year of its
    // own ("في مارس") or with no such person keeps no day.
    private static List<Draft> InheritDates(List<Draft> drafts, IReadOnlyList<DateMention> dates)
    {
        var result = new List<Draft>(drafts.Count);
        foreach (var d in drafts)
        {
            Draft? episode = null;
            if (d.Date is null && !dates.Any(x => x.Sentence == d.Sentence))
            {
                foreach (var o in drafts)
                {
                    if (o.Date is not null && o.Sentence < d.Sentence && (episode is null || o.Sentence > episode.Sentence)
                        && o.Sources.Concat(o.Targets).Any(e => e.Type == EntityType.Person && (d.Sources.Contains(e) || d.Targets.Contains(e))))
                    {
                        episode = o;
                    }
                }
            }

            result.Add(episode is null ? d : d with { Date = episode.Date });
        }

        return result;
    }

    // How the statements of a speaker are coded: one STATEMENT per speaker (several quotes and "he added" are one
    // statement, kept under its most specific mode, e.g. a praise); a speaker whose words are coded as verbal acts
    // (pledge, call, accusation, invitation...) or whose statement reports another event in the same sentence ("أعلن
    // السودان أن الخرطوم تسلمت المساعدات التي تعهدت بها") has no separate STATEMENT: the events are what was said.
    private static List<Draft> Statements(List<Draft> drafts)
    {
        var silenced = new HashSet<Entity>();
        foreach (var d in drafts)
        {
            // Acts done by speaking: a pledge, a call, an accusation, a rejection, a threat, an invitation.
            if (d.Type is "SUPPORT" or "REQUEST" or "ACCUSE" or "REJECT" or "THREATEN" || d.Mode == "invite")
            {
                silenced.Add(d.Sources[0]);
            }
        }

        // A statement that reports another event of its sentence is that event, and so are the speaker's words after
        // it (the quotation that follows "أعلن السودان أن الخرطوم تسلمت المساعدات" is the same news in his words);
        // what he said before the event was told is a statement of its own.
        var reportsFrom = new Dictionary<Entity, int>();
        foreach (var d in drafts)
        {
            if (d.Reported && drafts.Any(o => o.Type != "STATEMENT" && o.Sentence == d.Sentence)
                && (!reportsFrom.TryGetValue(d.Sources[0], out var first) || d.Sentence < first))
            {
                reportsFrom[d.Sources[0]] = d.Sentence;
            }
        }

        var result = new List<Draft>(drafts.Count);
        foreach (var d in drafts)
        {
            if (d.Type != "STATEMENT")
            {
                result.Add(d);
                continue;
            }

            if (d.Reported && (silenced.Contains(d.Sources[0]) || reportsFrom.TryGetValue(d.Sources[0], out var from) && d.Sentence >= from))
            {
                continue;
            }

            var same = result.FindIndex(o => o.Type == "STATEMENT" && o.Sources[0] == d.Sources[0]);
            if (same < 0)
            {
                result.Add(d);
            }
            else if (result[same].Reported && (!d.Reported || result[same].Mode == "comment" && d.Mode != "comment"))
            {
                result[same] = d;
            }
        }

        // Keep the article order of the statements that replaced an earlier comment.
        return [.. result.OrderBy(d => d.Sentence)];
    }

    private static List<ExtractedEvent> Merge(AnalysisDocument document, List<Draft> drafts)
    {
        var merged = new List<(Draft Draft, List<TextSpan> Evidence)>();
        foreach (var d in drafts)
        {
            var evidence = document.Sentences[d.Sentence].Span;
            var same = merged.FindIndex(m => m.Draft.Type == d.Type && m.Draft.Negated == d.Negated && SameActors(m.Draft, d));
            if (same < 0)
            {
                // "كما دعا شي إلى ..." after "دعا شي إلى التعاون مع موسكو": the same actor's same act told again
                // with fewer participants is the same event.
                same = merged.FindIndex(m => m.Draft.Type == d.Type && m.Draft.Negated == d.Negated && m.Draft.Sources[0] == d.Sources[0] && (d.Targets.All(m.Draft.Targets.Contains) || m.Draft.Targets.Count == 0));
                if (same >= 0 && merged[same].Draft.Targets.Count < d.Targets.Count)
                {
                    merged[same] = (d, merged[same].Evidence);
                }
            }

            if (same >= 0)
            {
                if (!merged[same].Evidence.Contains(evidence))
                {
                    merged[same].Evidence.Add(evidence);
                }

                continue;
            }

            merged.Add((d, [evidence]));
        }

        var events = new List<ExtractedEvent>(merged.Count);
        foreach (var (d, evidence) in merged)
        {
            var sentence = document.Sentences[d.Sentence];
            var participants = d.Sources.Select(s => new EventParticipant(s.Id, EventRole.Source))
                .Concat(d.Targets.Select(t => new EventParticipant(t.Id, EventRole.Target))).ToArray();
            events.Add(new ExtractedEvent(
                "v" + (events.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Type, d.Mode, d.Cameo, participants, d.Location?.Id, d.Date, d.Negated, d.Future, d.Hypothetical,
                document.Original[d.TriggerSpan.Start..d.TriggerSpan.End], d.TriggerSpan,
                document.Original[sentence.Span.Start..sentence.Span.End], sentence.Span, d.Sentence, evidence));
        }

        return events;
    }

    private static bool SameActors(Draft a, Draft b)
    {
        var x = a.Sources.Concat(a.Targets).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var y = b.Sources.Concat(b.Targets).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return x.SetEquals(y);
    }

    private sealed record Draft(string Type, string Mode, string Cameo, List<Entity> Sources, List<Entity> Targets, Entity? Location, DateOnly? Date, bool Negated, bool Future, bool Hypothetical, TextSpan TriggerSpan, int Sentence)
    {
        /// <summary>Reported speech ("قال", a quotation), as opposed to a verbal act coded as a statement (a praise, a signature).</summary>
        public bool Reported { get; init; }
    }
}
