using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Quotes;

/// <summary>
/// Direct quotations in “…”, «…» and "…" (whole or partial sentences) with their speaker. The speaker comes from the
/// reporting verb nearest the quotation in its sentence (its subject: a name, a title standing for a person, a body's
/// head noun standing for the body named before, or a pronoun that refers to the last person reported speaking, in a
/// quotation or in reported speech), from the next sentence when a quotation opens a paragraph and the next
/// sentence starts with the verb, else from the first person or organization the sentence names before the quote,
/// else from the previous quotation when it sits in the sentence before.
/// </summary>
public static class QuoteExtractor
{
    // How far after "according to" the attribution's source is looked for: a role and its body may come before the name.
    private const int MaxAttributionWords = 8;

    private const char LeftDouble = '\u201C';
    private const char RightDouble = '\u201D';
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';
    private const char LowDouble = '\u201E';

    public static IReadOnlyList<Quote> Extract(AnalysisDocument document, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var view = new DocumentView(document);
        var index = new EntityIndex(view, entities);
        var resolver = new SubjectResolver(index);
        var spans = FindQuotations(document.Folded);
        var inside = new bool[view.Count];
        foreach (var (s, e) in spans)
        {
            for (var t = view.TokenAtOrAfter(s); t < view.Count && view.Tokens[t].Start < e; t++)
            {
                inside[t] = true;
            }
        }

        var quotes = new List<Quote>(spans.Count);
        Entity? lastSpeaker = null; // of the last quotation: a quotation right after continues it
        Entity? lastReported = null; // of the last quotation or reported speech: the one a pronoun refers to
        var lastSentence = -10;
        var scanned = 0;
        foreach (var (start, end) in spans)
        {
            var first = view.TokenAtOrAfter(start);
            var last = view.TokenAtOrAfter(end) - 1;
            if (first > last || IsOnlyEntity(index, first, last) || IsQuotedName(index, first, last))
            {
                continue;
            }

            var sentence = view.Tokens[first].Sentence;

            // Reported speech in the sentences since the last quotation ("Majali said Jordan had sent ...", "Selon le
            // porte-parole, Samir Abou Jarad, une frappe ..."): its speaker is the one a later pronoun refers to ("she
            // said", "a-t-il déclaré"), more recent than the last quotation's. Only a person: "selon Sonatrach" gives
            // figures, and "il" after it is still the minister.
            var sentenceStart = view.SentenceStart(first);

            for (var t = scanned; t < sentenceStart; t++)
            {
                if (!inside[t] && ReportingVerbs.Direction(view, t) is not null
                    && FromVerb(view, index, resolver, t, null, out _, explicitOnly: true) is { Type: EntityType.Person } reported)
                {
                    lastReported = reported;
                }
            }

            // "Bawumia conceded defeat on Sunday. “The people have spoken,” he told reporters": a person who opens the
            // sentence before (English, French) is the centre of attention a pronoun then refers to.
            if (sentence - 1 > lastSentence && SentenceSubject(view, index, sentenceStart - 1) is { } subject)
            {
                lastReported = subject;
            }

            scanned = Math.Max(scanned, last + 1);
            var (speaker, verb) = Speaker(view, index, resolver, inside, first, last, lastSpeaker, lastSentence, lastReported);
            var span = document.ToOriginal(start, end);
            quotes.Add(new Quote(document.Original[span.Start..span.End], span, sentence, speaker?.Id, verb));
            if (speaker is not null)
            {
                lastSpeaker = speaker;
                lastReported = speaker;
            }

            lastSentence = view.Tokens[last].Sentence;
        }

        return quotes;
    }

    /// <summary>Folded ranges of the text inside quotation marks. An opening mark left unclosed in its paragraph quotes to the end of its sentence.</summary>
    internal static List<(int Start, int End)> FindQuotations(string s)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            char close;
            switch (c)
            {
                case LeftDouble or RightDouble or LowDouble:
                    close = '\0'; // either curly mark closes: Arabic sources mirror them
                    break;
                case LeftGuillemet:
                    close = RightGuillemet;
                    break;
                case '"':
                    close = '"';
                    break;
                default:
                    i++;
                    continue;
            }

            var j = i + 1;
            while (j < s.Length && !(close == '\0' ? s[j] is LeftDouble or RightDouble : s[j] == close) && !(s[j] == '\n' && j + 1 < s.Length && s[j + 1] == '\n'))
            {
                j++;
            }

            int end;
            int next;
            if (j < s.Length && s[j] != '\n')
            {
                end = j;
                next = j + 1;
            }
            else
            {
                // Unclosed: the quotation runs to the end of its sentence.
                end = i + 1;
                while (end < s.Length && s[end] is not ('.' or '!' or '?' or '\n' or '\u061F'))
                {
                    end++;
                }

                next = end;
            }

            var a = i + 1;
            var b = end;
            while (a < b && char.IsWhiteSpace(s[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(s[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                result.Add((a, b));
            }

            i = Math.Max(next, i + 1);
        }

        return result;
    }

    // «الإخبارية»: a name in quotation marks is a name, not a quotation.
    /// <summary>
    /// One word in quotation marks right after a name ("البورصة السعودية "تاسي"", "le Fonds monétaire international
    /// « FMI »") is that thing's name or short name set off, not words anyone said.
    /// </summary>
    private static bool IsQuotedName(EntityIndex index, int first, int last)
    {
        var view = index.View;
        var words = 0;
        for (var t = first; t <= last; t++)
        {
            if (view.IsWord(t))
            {
                words++;
            }
        }

        // Past the opening mark only: "وقال ترامب: "كارثة"" has a colon between the name and the quote, and is speech.
        var before = first - 1;
        if (before >= 0 && !view.IsWord(before))
        {
            before--;
        }

        return words == 1 && before >= 0 && view.IsWord(before) && view.SameSentence(before, first) && index.At(before) is not null;
    }

    private static bool IsOnlyEntity(EntityIndex index, int first, int last)
    {
        var e = index.At(first);
        if (e is null)
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (!ReferenceEquals(index.At(t), e) && index.View.IsWord(t))
            {
                return false;
            }
        }

        return true;
    }

    private static (Entity? Speaker, string? Verb) Speaker(DocumentView view, EntityIndex index, SubjectResolver resolver, bool[] inside, int first, int last,
        Entity? lastSpeaker, int lastSentence, Entity? lastReported)
    {
        var sentence = view.Tokens[first].Sentence;

        // 1. The nearest reporting verb of the sentence, outside quotations (before the quote first).
        var verbs = new List<int>();
        for (var t = first - 1; t >= 0 && view.Tokens[t].Sentence == sentence; t--)
        {
            if (!inside[t] && (ReportingVerbs.Direction(view, t) is not null and not "according" || StatementNounAfter(view, t) > 0 && view.Keys[t] is "جاء" or "وجاء"))
            {
                verbs.Add(t);
            }
        }

        for (var t = last + 1; t < view.Count && view.Tokens[t].Sentence == view.Tokens[last].Sentence; t++)
        {
            if (!inside[t] && ReportingVerbs.Direction(view, t) is not null and not "according")
            {
                verbs.Add(t);
            }
        }

        foreach (var v in verbs)
        {
            if (IsChannelAside(view, v))
            {
                continue;
            }

            var resolved = FromVerb(view, index, resolver, v, lastReported, out var decided);
            if (decided)
            {
                return (resolved, Verb(view, v));
            }
        }

        // 2. A quotation opening its sentence, followed by a sentence that starts with the reporting verb.
        var afterLast = last + 1;
        while (afterLast < view.Count && inside[afterLast])
        {
            afterLast++;
        }

        if (verbs.Count == 0 && IsSentenceStart(view, first))
        {
            for (var t = afterLast; t < view.Count && t <= afterLast + 2 && view.Tokens[t].Sentence <= view.Tokens[last].Sentence + 1; t++)
            {
                if (ReportingVerbs.Direction(view, t) is "after")
                {
                    var resolved = FromVerb(view, index, resolver, t, lastReported, out var decided);
                    if (decided)
                    {
                        return (resolved, Verb(view, t));
                    }
                }
            }
        }

        // 3. The first person (else organization) the sentence names before the quotation.
        Entity? org = null;
        for (var t = first - 1; t >= 0 && view.Tokens[t].Sentence == sentence; t--)
        {
            if (inside[t])
            {
                continue;
            }

            var e = index.At(t);
            if (e?.Type == EntityType.Person)
            {
                org = e;
                for (var u = t - 1; u >= 0 && view.Tokens[u].Sentence == sentence; u--)
                {
                    if (!inside[u] && index.At(u) is { Type: EntityType.Person } earlier)
                    {
                        org = earlier;
                    }
                }

                return (org, null);
            }

            if (e?.Type == EntityType.Organization)
            {
                org = e;
            }
        }

        if (org is not null)
        {
            return (org, null);
        }

        // 3b. "Turkey condemned the strike, calling it "a violation"", "ودانت قطر الهجوم، واصفة إياه بـ"...": a
        // participle of speaking after a comma quotes the subject of the clause, a state too.
        if (SpeakingParticipleBefore(view, first) && index.FirstInSentenceBefore(first, inside) is { Type: EntityType.Location } state
            && Events.EventLexicon.IsCountry(state))
        {
            return (state, null);
        }

        // 4. An attribution ("وفقا لـ", "according to", "selon") naming a source, before the quotation or after it
        // (""…," according to James Whitfield, an economist"); "selon lui", "according to her" name the last speaker. Named
        // in the quotation's own sentence, it outweighs the speaker of the quotation before.
        var attributions = new List<int>();
        for (var t = first - 1; t >= 0 && view.Tokens[t].Sentence == sentence; t--)
        {
            attributions.Add(t);
        }

        for (var t = last + 1; t < view.Count && view.Tokens[t].Sentence == view.Tokens[last].Sentence; t++)
        {
            attributions.Add(t);
        }

        foreach (var t in attributions)
        {
            if (inside[t] || ReportingVerbs.Direction(view, t) != "according")
            {
                continue;
            }

            Entity? named = null;
            for (var u = t + 1; u < view.Count && u <= t + MaxAttributionWords && view.SameSentence(t, u) && view.IsWord(u); u++)
            {
                // "بحسب الكاتب العام للجامعة نبيل الورغي": the person a role names, past the body the role belongs to.
                if (index.At(u) is { Type: EntityType.Person } person)
                {
                    return (person, Verb(view, t));
                }

                if (u <= t + 4 && named is null && index.At(u) is { Type: not EntityType.Location } source)
                {
                    named = source;
                }

                if (view.Keys[u] is "lui" or "elle" or "him" or "her" && lastReported is not null)
                {
                    return (lastReported, Verb(view, t));
                }
            }

            if (named is not null)
            {
                return (named, Verb(view, t));
            }
        }

        // 5. A quotation continuing the previous one.
        if (lastSpeaker is not null && sentence - lastSentence <= 1)
        {
            return (lastSpeaker, null);
        }

        return (null, null);
    }

    // The token of a definite statement noun right after an Arabic verb, or after "في" there ("أكد البيان", "جاء في
    // البيان"), or 0.
    private static int StatementNounAfter(DocumentView view, int v)
    {
        var k = v + 1;
        if (view.IsWord(k) && view.Keys[k] == "في")
        {
            k++;
        }

        return view.IsArabic(v) && view.IsWord(k) && view.SameSentence(v, k) && view.Keys[k] is "البيان" or "التقرير" or "الرساله" or "البلاغ" ? k : 0;
    }

    // "وأضاف كجوك، وفق ما نقلت عنه وكالة أنباء الشرق الأوسط، أن": a reporting verb after "according to what" names the
    // channel that carried the words, not their speaker; "بحسب ما قاله الصفدي" (what he said) names the speaker.
    private static bool IsChannelAside(DocumentView view, int v) =>
        v >= 2 && view.IsArabic(v) && view.SameSentence(v - 2, v) && view.Keys[v - 1] is "ما" or "لما" && ReportingVerbs.Direction(view, v - 2) == "according"
        && view.Keys[v] is not ("قاله" or "قالته");

    // Participles that introduce the words a subject used, after a comma: "calling it", "describing it as", "واصفا",
    // "qualifiant". The pronoun or "as" between them and the quotation may stand there.
    private static bool SpeakingParticipleBefore(DocumentView view, int first)
    {
        const int MaxGap = 5; // the quotation mark, "إياه بأنه", "it as", "d'"
        for (var t = first - 1; t >= 0 && t >= first - MaxGap && view.SameSentence(t, first); t--)
        {
            var key = view.Keys[t];
            if (key is "calling" or "describing" or "terming" or "dubbing" or "qualifiant" or "jugeant"
                || view.IsArabic(t) && (key.StartsWith("وو", StringComparison.Ordinal) ? key[1..] : key) is "واصفا" or "واصفه" or "معتبرا" or "معتبره")
            {
                // "la qualifiant", "le jugeant": a French object pronoun may stand before the participle.
                var before = t > 1 && view.Keys[t - 1] is "la" or "le" or "les" or "l'" ? t - 2 : t - 1;
                return before >= 0 && (view.IsPunct(before, ',') || view.IsPunct(before, Languages.Arabic.ArabicLetters.Comma));
            }
        }

        return false;
    }

    /// <summary>
    /// The speaker of the reporting verb at <paramref name="v"/>. A pronoun subject refers to the last speaker, or the
    /// last person named; <paramref name="explicitOnly"/> leaves it unresolved (null) instead.
    /// </summary>
    private static Entity? FromVerb(DocumentView view, EntityIndex index, SubjectResolver resolver, int v, Entity? lastSpeaker, out bool decided, bool explicitOnly = false)
    {
        decided = true;
        var direction = ReportingVerbs.Direction(view, v);
        if (Entities.SubjectResolver.IsInvertedPronoun(view.Keys[v]))
        {
            if (explicitOnly)
            {
                return null;
            }

            // "ajoute-t-il": the subject is the pronoun inside the verb's word.
            var at = view.Document.ToOriginal(view.Tokens[v].Start, view.Tokens[v].End).Start;
            return Referent(view, index, resolver, lastSpeaker ?? index.LastPersonBefore(at), at, view.Keys[v].EndsWith("-elle", StringComparison.Ordinal));
        }

        if (view.IsArabic(v) && StatementNounAfter(view, v) is > 0 and var noun)
        {
            // "وأكد البيان أن «…»", "وجاء في البيان: «…»": the statement speaks for the body that issued it, the last one
            // the article names before it.
            var at = view.Document.ToOriginal(view.Tokens[noun].Start, view.Tokens[noun].End).Start;
            Entity? body = null;
            foreach (var (span, entity) in index.MentionsInOrder)
            {
                if (span.Start >= at)
                {
                    break;
                }

                if (entity.Type == EntityType.Organization)
                {
                    body = entity;
                }
            }

            return body;
        }

        if (view.IsArabic(v) && view.Keys[v] is "قوله" or "قولها" or "قولهم" or "وقوله")
        {
            // "نقلت الوكالة عن مصدر حكومي قوله إن": "his saying" belongs to whoever "عن" introduced, a name or an unnamed
            // source (then nobody the article names).
            const int MaxWordsToSource = 8; // "عن وزير الخارجية أيمن الصفدي قوله"
            for (var u = v - 1; u >= 0 && u >= v - MaxWordsToSource && view.SameSentence(u, v); u--)
            {
                if (view.Keys[u] == "عن")
                {
                    var source = index.At(u + 1) ?? resolver.After(u, out _);
                    return source is { Type: not EntityType.Location } ? source : null;
                }
            }
        }

        bool pronoun;
        Entity? e;
        switch (direction)
        {
            case "participle":
                // "وأوضح المستشار ... الربيعة أن ...، مؤكدا أن «…»": the participle goes on with the speaker of the
                // reporting verb before it; "وأعلنت قيادة الجيش اللبناني أنها أنجزت الانتشار، مؤكدة أن «…»", "Turkey
                // condemned the strike, adding that": else with the person, body or state that opens the clause.
                e = null;
                for (var t = v - 1; t >= 0 && view.SameSentence(t, v) && e is null; t--)
                {
                    if (ReportingVerbs.Direction(view, t) is "after" or "before" or "source")
                    {
                        e = FromVerb(view, index, resolver, t, lastSpeaker, out _);
                    }
                }

                e ??= index.FirstInSentenceBefore(v, null, EntityType.Person) ?? FirstSubject(view, index, v, states: true);
                decided = e is not null;
                return e;
            case "source":
                for (var u = v + 1; u < view.Count && u <= v + 10 && view.SameSentence(v, u); u++)
                {
                    if (view.Keys[u] is "عن" or "from" && index.At(u + 1) is { Type: not EntityType.Location } source)
                    {
                        return source;
                    }
                }

                e = resolver.After(v, out pronoun);
                break;
            case "before":
                e = resolver.Before(v, out pronoun);
                // "…,” the executive said": a common noun before the verb is its subject, someone the article does not
                // name; only with no word before the verb ("…,” said Jane Doe") does the subject come after it.
                if (e is null && !pronoun && view.Keys[v] is not ("told" or "tells") && !(view.IsWord(v - 1) && view.SameSentence(v - 1, v) && !view.IsArabic(v)
                    && view.Keys[v - 1] is not ("a" or "ont" or "avait" or "has" or "had" or "have" or "also" or "then" or "t" or "-")))
                {
                    // (Whoever is named after "told" is the one told: "a senior official told AFP".)
                    e = resolver.After(v, out pronoun);
                }

                break;
            default:
                e = resolver.After(v, out pronoun);
                if (e is null && !view.IsArabic(v) && (!pronoun || ObjectFollows(view, v)))
                {
                    // "M. Hounkpè a dénoncé « un scrutin verrouillé »", "Salem Bouzid a promis que « … »": with the
                    // quotation or "que"/"that" right after the verb, French and English put the subject before it.
                    e = resolver.Before(v, out pronoun);
                    if (e is null && !pronoun && IsCoordinatedVerb(view, v))
                    {
                        // "Salem Bouzid a annoncé l'envoi de renforts et promis que « … »": the second verb of a
                        // coordination shares the subject that opens the sentence.
                        e = FirstSubject(view, index, v);
                    }
                }

                break;
        }

        // "…”, the company's chief executive, Jane Doe, told reporters"; "», a déclaré le directeur général, Pierre Martin, lors de".
        if (e is null && !pronoun && !view.IsArabic(v))
        {
            e = resolver.Apposed(v);
        }

        if (e is null && !pronoun)
        {
            e = SpokenFor(view, index, v);
        }

        if (e is not null)
        {
            return e;
        }

        if (pronoun && !explicitOnly)
        {
            // "وقالت تنسيقية لجان المقاومة، في بيان، إن القذائف سقطت ...، وأضافت أن «…»": an omitted subject goes on
            // with the speaker of the reporting verb before it in the sentence, quoted or not.
            for (var t = v - 1; t >= 0 && view.SameSentence(t, v); t--)
            {
                if (ReportingVerbs.Direction(view, t) is "after" or "before" && FromVerb(view, index, resolver, t, null, out _, explicitOnly: true) is { } earlier)
                {
                    return earlier;
                }
            }

            // "واتهم الوزير خالد الإعيسر ... وكتب على منصة إكس أن «…»", "يواصل مقتدى الصدر المقاطعة، وكان قد كتب": an
            // Arabic verb with an omitted subject goes on with the person who opens its sentence.
            if (view.IsArabic(v) && index.FirstInSentenceBefore(v, null, EntityType.Person) is { } opener)
            {
                return opener;
            }

            var at = view.Document.ToOriginal(view.Tokens[v].Start, view.Tokens[v].End).Start;
            return Referent(view, index, resolver, lastSpeaker ?? index.LastPersonBefore(at), at, FemininePronounBefore(view, v));
        }

        return null;
    }

    // "she said", "elle a ajouté": whether a feminine pronoun stands among the few words before the verb (null: no
    // pronoun of known gender there).
    private static bool? FemininePronounBefore(DocumentView view, int v)
    {
        for (var k = v - 1; k >= 0 && k >= v - 3 && view.SameSentence(k, v); k--)
        {
            var key = view.Keys[k];
            if (key is "she" or "elle" || key.EndsWith("-elle", StringComparison.Ordinal))
            {
                return true; // "a-t-elle ajouté"
            }

            if (key is "he" or "il" || key.EndsWith("-il", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a pronoun of known gender points back to: the candidate (the last speaker, else the last person
    /// named) unless the article marks the other gender for that person and names someone of the pronoun's before it
    /// ("Mme Karami ... M. Salam ... « … », a-t-elle ajouté").
    /// </summary>
    private static Entity? Referent(DocumentView view, EntityIndex index, SubjectResolver resolver, Entity? candidate, int before, bool? feminine)
    {
        if (feminine is null || candidate is not { Type: EntityType.Person } || IsWoman(view, index, resolver, candidate) == feminine)
        {
            return candidate;
        }

        Entity? other = null;
        foreach (var (span, entity) in index.MentionsInOrder)
        {
            if (span.Start >= before)
            {
                break;
            }

            if (entity.Type == EntityType.Person && entity != candidate && IsWoman(view, index, resolver, entity) == feminine)
            {
                other = entity;
            }
        }

        // Only a woman is marked: a man is whoever is not, when the candidate is a marked woman.
        return other ?? candidate;
    }

    // Whether a mention of the person is introduced as a woman's ("Mme Rima Karami", "la ministre Rima Karami", "Ms
    // Jane Doe", "الوزيرة رانيا المشاط").
    private static bool IsWoman(DocumentView view, EntityIndex index, SubjectResolver resolver, Entity person)
    {
        foreach (var (span, entity) in index.MentionsInOrder)
        {
            if (entity != person)
            {
                continue;
            }

            var first = index.TokenAtOriginal(span.Start);
            for (var k = first - 1; k >= 0 && k >= first - 4 && view.SameSentence(k, first); k--)
            {
                if (ReportingVerbs.IsFeminineMarker(view, k)
                    || view.Keys[k] == "la" && resolver.Lookup(k + 1).Entries.Any(x => x.Kind == Entities.LexKind.Title))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "a SOMO spokesperson said", "said a spokesman for the World Food Programme", "a déclaré un porte-parole de l'ONU",
    // "قال متحدث باسم الأمم المتحدة": an unnamed spokesperson next to the verb speaks for the body, written right before
    // the noun or after "for"/"of"/"de"/"باسم".
    private static Entity? SpokenFor(DocumentView view, EntityIndex index, int v)
    {
        const int MaxWordsBefore = 6; // "a spokesperson for the UN mission has"
        const int MaxWordsAfter = 3;  // "said on Monday a spokesman"
        for (var k = Math.Max(0, v - MaxWordsBefore); k <= v + MaxWordsAfter && k < view.Count; k++)
        {
            if (!view.SameSentence(k, v) || !ReportingVerbs.IsSpokesperson(view, k))
            {
                continue;
            }

            if (index.At(k - 1) is { Type: EntityType.Organization } before && view.SameSentence(k - 1, k))
            {
                return before;
            }

            var p = k + 1;
            if (view.IsWord(p) && view.Keys[p] is "for" or "of" or "at" or "de" or "du" or "des" or "باسم")
            {
                p++;
                if (view.IsWord(p) && view.Keys[p] is "the" or "la" or "le" or "les" or "l'")
                {
                    p++;
                }

                // "de l'ONU" may keep its elided article on the name's token.
                if (view.SameSentence(k, p) && index.At(p) is { Type: EntityType.Organization } after)
                {
                    return after;
                }
            }
        }

        return null;
    }

    // The person whose name opens the Latin-script sentence that ends at token <paramref name="end"/>, past a
    // connective ("But", "Mais") and a title, or null.
    private static Entity? SentenceSubject(DocumentView view, EntityIndex index, int end)
    {
        if (end < 0 || view.IsArabic(end))
        {
            return null;
        }

        var start = view.SentenceStart(end);
        while (start < end && !view.IsWord(start))
        {
            start++;
        }

        if (view.Keys[start] is "but" or "and" or "meanwhile" or "mais" or "et" or "puis" or "then")
        {
            start++;
        }

        // "Vice President Mahamudu Bawumia conceded": a title may stand before the name.
        for (var t = start; t <= end && t < start + 5; t++)
        {
            if (index.At(t) is { } e)
            {
                return e.Type == EntityType.Person ? e : null;
            }
        }

        return null;
    }

    // "… et promis", "… and warned", "… et a promis": the verb is the second of a coordination.
    private static bool IsCoordinatedVerb(DocumentView view, int v)
    {
        var k = v - 1;
        if (k >= 0 && view.Keys[k] is "a" or "has" or "have")
        {
            k--;
        }

        return k >= 0 && view.SameSentence(k, v) && view.Keys[k] is "et" or "and";
    }

    // The person or body that opens the sentence of token v, before it (or a state, with states).
    private static Entity? FirstSubject(DocumentView view, EntityIndex index, int v, bool states = false)
    {
        for (var t = view.SentenceStart(v); t < v; t++)
        {
            if (index.At(t) is { } e)
            {
                return e.Type != EntityType.Location || states && Events.EventLexicon.IsCountry(e) ? e : null;
            }
        }

        return null;
    }

    // The verb's object opens right after it: a quotation mark, or "que"/"that" (an Arabic "قال إن" drops its subject instead).
    private static bool ObjectFollows(DocumentView view, int v) =>
        v + 1 < view.Count && view.SameSentence(v, v + 1) && (!view.IsWord(v + 1) || view.Keys[v + 1] is "que" or "qu'" or "that");

    private static bool IsSentenceStart(DocumentView view, int first) =>
        first == 0 || view.Tokens[first - 1].Sentence != view.Tokens[first].Sentence || first == 1 && !view.IsWord(0)
        || first >= 1 && !view.IsWord(first - 1) && (first == 1 || view.Tokens[first - 2].Sentence != view.Tokens[first].Sentence);

    private static string Verb(DocumentView view, int t) => view.Document.OriginalText(view.Tokens[t].Start, view.Tokens[t].End);
}
