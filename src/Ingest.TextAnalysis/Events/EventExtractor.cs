using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Events;

/// <summary>
/// Who did what to whom: trigger words from the lexicon (Data/Events/triggers.tsv) with their actors read from the
/// entities around them. The source is the verb's subject (after an Arabic verb, before an English or French one;
/// a pronoun or an omitted subject is the last actor named), the targets are the entities after the trigger in its
/// clause (a counterpart "نظيره" is the other side's person), the location is a place after "في/in/à", the date the
/// day named in the sentence or the sentence before. Reported statements (a reporting verb with a named subject) are
/// STATEMENT events. Events with the same type and actors inside one article are merged, keeping all evidence.
/// </summary>
public static class EventExtractor
{
    private static readonly HashSet<string> LocativePrepositions = ["في", "بـ", "in", "at", "à", "au", "en"];

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
        var lastSentence = -1;
        var i = 0;
        while (i < view.Count)
        {
            if (inside[i] || !view.IsWord(i) || index.At(i) is not null)
            {
                i++;
                continue;
            }

            var (trigger, length, future) = FindTrigger(view, i);
            if (trigger is not null)
            {
                var draft = Build(view, index, resolver, inside, i, length, trigger, future, lastSource, lastSentence, dates);
                if (draft is not null)
                {
                    found.AddRange(draft);
                    lastSource = draft[0].Sources.FirstOrDefault() ?? lastSource;
                    lastSentence = view.Tokens[i].Sentence;
                }

                i += length;
                continue;
            }

            var direction = ReportingVerbs.Direction(view, i);
            if (direction is "after" or "before")
            {
                var subject = direction == "after" && view.IsArabic(i) ? resolver.After(i, out _) : resolver.Before(i, out _) ?? resolver.After(i, out _);
                if (subject is not null)
                {
                    found.Add(Statement(view, i, subject, dates));
                    lastSource = subject;
                    lastSentence = view.Tokens[i].Sentence;
                }
            }

            i++;
        }

        return Merge(document, found);
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
        var p = key.Length > 3 && key[0] is ArabicLetters.Waw or ArabicLetters.Fa ? 1 : 0;
        if (p == 1 && Try(view, i, key[1..]) is { } conj)
        {
            return (conj, conj.Tokens.Length, false);
        }

        if (key.Length - p > 3 && key[p] == 'س' && Try(view, i, key[(p + 1)..]) is { Noun: false } fut)
        {
            return (fut, fut.Tokens.Length, true);
        }

        return (null, 0, false);
    }

    private static EventLexicon.Trigger? Try(DocumentView view, int i, string key)
    {
        if (!EventLexicon.Triggers.TryGetValue(key, out var list))
        {
            return null;
        }

        foreach (var t in list)
        {
            var ok = i + t.Tokens.Length <= view.Count;
            for (var k = 1; ok && k < t.Tokens.Length; k++)
            {
                ok = view.SameSentence(i, i + k) && view.Keys[i + k] == t.Tokens[k];
            }

            if (ok)
            {
                return t;
            }
        }

        return null;
    }

    private static List<Draft>? Build(DocumentView view, EntityIndex index, SubjectResolver resolver, bool[] inside, int i, int length, EventLexicon.Trigger trigger, bool future, Entity? lastSource, int lastSentence, IReadOnlyList<DateMention> dates)
    {
        var sentence = view.Tokens[i].Sentence;
        var sources = new List<Entity>();
        var arabic = view.IsArabic(i);
        Entity? subject;
        var pronoun = false;
        if (trigger.Noun)
        {
            subject = NearestBefore(index, inside, i, sentence);
        }
        else if (arabic)
        {
            subject = resolver.After(i + length - 1, out pronoun) ?? (index.At(i + length) is { Type: EntityType.Location } place ? place : null);
        }
        else
        {
            subject = resolver.Before(i, out pronoun) ?? NearestBefore(index, inside, i, sentence);
        }

        var afterSubject = i + length;
        if (subject is null && !trigger.Noun && lastSource is not null && lastSentence == sentence && view.Keys[i].StartsWith('و'))
        {
            // "تعهد شي ... ودعا": a verb coordinated with the previous one shares its subject.
            subject = lastSource;
        }

        if (subject is null && !trigger.Noun && SubjectBefore(view, index, inside, i, sentence) is { } earlier)
        {
            // "تدعي بكين أنها محايدة ... وتدعو": an omitted subject is the actor named earlier in the sentence.
            subject = earlier;
        }

        if (subject is not null)
        {
            sources.Add(subject);
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
            }
        }
        else if (pronoun || !trigger.Noun)
        {
            var previous = FirstActorOfPreviousSentence(view, index, sentence) ?? lastSource;
            if (previous is not null)
            {
                sources.Add(previous);
            }
        }

        // Targets and location: the entities after the trigger in its clause.
        var targets = new List<Entity>();
        Entity? location = null;
        for (var t = afterSubject; t < view.Count && view.Tokens[t].Sentence == sentence; t++)
        {
            if (inside[t])
            {
                continue;
            }

            if (view.IsPunct(t, '.') || view.IsPunct(t, ';') || view.IsPunct(t, ArabicLetters.Semicolon) || targets.Count > 0 && (view.IsPunct(t, ',') || view.IsPunct(t, ArabicLetters.Comma)))
            {
                break;
            }

            var e = index.At(t);
            if (e is null)
            {
                var m = resolver.Lookup(t);
                if (m.Entries.Any(x => x.Kind == LexKind.Title) && !m.Entries.Any(x => x.Kind == LexKind.Counterpart) && !PersonFollows(index, t + m.Length))
                {
                    // "والرئيس الصيني": a title standing for its holder.
                    if (resolver.ByTitle(t, m) is { } holder && !sources.Contains(holder) && !targets.Contains(holder))
                    {
                        targets.Add(holder);
                    }

                    t += m.Length - 1;
                }
                else if (m.Entries.Any(x => x.Kind == LexKind.Counterpart) && index.At(t + m.Length) is not { Type: EntityType.Person } && sources.Count > 0)
                {
                    if (Counterpart(index, view, t, sources[0]) is { } other && !targets.Contains(other))
                    {
                        targets.Add(other);
                    }
                }

                continue;
            }

            var end = index.EndOf(t);
            if (e.Type == EntityType.Location && (t > 0 && LocativePrepositions.Contains(view.Keys[t - 1]) || view.Keys[t].Length > 1 && view.IsArabic(t) && view.Keys[t][0] == ArabicLetters.Beh && location is null && !trigger.Noun && targets.Count > 0))
            {
                location ??= e;
            }
            else if (!sources.Contains(e) && !targets.Contains(e))
            {
                targets.Add(e);
            }

            t = end - 1;
        }

        if (sources.Count == 0 && targets.Count == 0 || trigger.Noun && sources.Count + targets.Count < 1)
        {
            return null;
        }

        var (negated, isFuture, hypothetical) = Modality(view, i, sentence);
        var date = DateFor(dates, sentence);
        var triggerSpan = view.Document.ToOriginal(view.Tokens[i].Start, view.Tokens[i + length - 1].End);
        var result = new List<Draft>();
        if (targets.Count <= 1 || sources.Count == 0)
        {
            result.Add(new Draft(trigger.Type, trigger.Mode, trigger.Cameo, sources, targets, location, date, negated, future || isFuture, hypothetical, triggerSpan, sentence));
        }
        else
        {
            // One dyadic event per target: "met his counterpart Li and President Xi" is two meetings.
            foreach (var target in targets)
            {
                result.Add(new Draft(trigger.Type, trigger.Mode, trigger.Cameo, sources, [target], location, date, negated, future || isFuture, hypothetical, triggerSpan, sentence));
            }
        }

        return result;
    }

    private static Draft Statement(DocumentView view, int verb, Entity subject, IReadOnlyList<DateMention> dates)
    {
        var sentence = view.Tokens[verb].Sentence;
        var (negated, future, hypothetical) = Modality(view, verb, sentence);
        var span = view.Document.ToOriginal(view.Tokens[verb].Start, view.Tokens[verb].End);
        return new Draft("STATEMENT", "comment", "010", [subject], [], null, DateFor(dates, sentence), negated, future, hypothetical, span, sentence);
    }

    // "الرئيس الروسي فلاديمير بوتين": a title followed by its holder's name is not a bare title.
    private static bool PersonFollows(EntityIndex index, int from)
    {
        for (var k = from; k < index.View.Count && k <= from + 3 && index.View.SameSentence(from, k) && index.View.IsWord(k); k++)
        {
            if (index.At(k) is { Type: EntityType.Person })
            {
                return true;
            }
        }

        return false;
    }

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
            var tokenSpan = index.TokenSpans[start];
            var prefixed = e.Mentions.Any(m => m.Span.Overlaps(tokenSpan) && m.Span.Start > tokenSpan.Start && !key.StartsWith('و'));
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
            if (!EventLexicon.Modality.TryGetValue(view.Keys[t], out var kind))
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

    /// <summary>A day named in the sentence, else in the nearest sentence before that names one.</summary>
    private static DateOnly? DateFor(IReadOnlyList<DateMention> dates, int sentence)
    {
        DateMention? best = null;
        foreach (var d in dates)
        {
            if (d.Granularity != DateGranularity.Day || d.Range is null || d.Sentence > sentence)
            {
                continue;
            }

            if (best is null || d.Sentence > best.Sentence || d.Sentence == sentence && best.Sentence == sentence && d.Span.Start > best.Span.Start)
            {
                best = d;
            }
        }

        return best?.Range?.Start;
    }

    private static List<ExtractedEvent> Merge(AnalysisDocument document, List<Draft> drafts)
    {
        var merged = new List<(Draft Draft, List<TextSpan> Evidence)>();
        foreach (var d in drafts)
        {
            var evidence = document.Sentences[d.Sentence].Span;
            var same = merged.FindIndex(m => m.Draft.Type == d.Type && m.Draft.Negated == d.Negated && SameActors(m.Draft, d));
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

    private sealed record Draft(string Type, string Mode, string Cameo, List<Entity> Sources, List<Entity> Targets, Entity? Location, DateOnly? Date, bool Negated, bool Future, bool Hypothetical, TextSpan TriggerSpan, int Sentence);
}
