using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// Who a verb's subject is: a named entity right after an Arabic verb ("قال شي"), before an English or French verb
/// ("Dar said"), a bare title resolved to the person who holds it ("وقال رئيس مجلس الدولة الصيني" -> the Chinese
/// person last named, preferring one introduced with the same title), or a pronoun (the verb is followed by ":" or a
/// complementizer) resolved by the caller to the last speaker. A common-noun subject ("المسؤولون") gives none.
/// </summary>
internal sealed class SubjectResolver
{
    private static readonly HashSet<string> Complementizers = ["ان", "انه", "انها", "أن", "إن", "that", "que", "qu'il", "qu'elle"];

    // Arabic prepositions written as words of their own (folded): right after a verb they open an adjunct, and the
    // verb's subject is omitted ("وكتب على منصة إكس أن", "وقال في بيان إن").
    private static readonly HashSet<string> StandalonePrepositions = ["في", "علي", "عبر", "خلال", "لدي", "امام"];
    private static readonly HashSet<string> EnglishPronouns = ["he", "she", "il", "elle", "they", "ils"];

    // Arabic honorifics with a possessive pronoun stand for the person last named ("وقال سموه", "وأكد معاليه"), folded.
    private static readonly HashSet<string> HonorificPronouns = ["سموه", "سموها", "معاليه", "معاليها", "فخامته", "فخامتها", "جلالته", "جلالتها", "سعادته", "سعادتها", "دولته", "دولتها", "سيادته", "سيادتها", "سماحته", "غبطته", "نيافته"];

    // Words that open a new clause or an adjunct after a postposed reporting verb: a person named past them is not
    // the speaker ("said the minister, who met Jane Doe").
    private static readonly FrozenSet<string> ClauseBreaks = EmbeddedData.ReadTsv("Entities/clause-breaks.tsv")
        .Select(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim())))
        .ToFrozenSet(StringComparer.Ordinal);

    // Head nouns of bodies that a definite noun alone refers back to ("وقالت الوزارة", "the ministry said", "a indiqué
    // le ministère"; Data/Entities/body-anaphors.tsv): Arabic folded and without the article, English and French
    // lowercased; the value tells a noun any body may be called by ("the group") from a head of its name.
    private static readonly FrozenDictionary<string, bool> BodyAnaphors = EmbeddedData.ReadTsv("Entities/body-anaphors.tsv")
        .GroupBy(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim())), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Any(r => r[2].Trim() == "generic"), StringComparer.Ordinal);

    private readonly EntityIndex _index;
    private readonly EntityScanner _lexicon;

    // Each word of the people's Latin mentions to the person it names, built on first use (PersonsByNameWord).
    private Dictionary<string, Entity?>? _personsByNameWord;

    public SubjectResolver(EntityIndex index)
    {
        _index = index;
        _lexicon = new EntityScanner(index.View);
    }

    public EntityIndex Index => _index;

    public EntityScanner.Match Lookup(int token) => _lexicon.Lookup(token);

    /// <summary>The ending of an Arabic nisba plural in the accusative or genitive ("الحوثيين", "الإسرائيليين").</summary>
    private const string AccusativeNisbaPlural = "يين";

    /// <summary>The subject after an Arabic verb (or an English/French inverted "said X"). Pronoun is set when none is written.</summary>
    public Entity? After(int verb, out bool pronoun)
    {
        pronoun = false;
        var view = _index.View;
        var j = verb + 1;
        if (j >= view.Count || !view.SameSentence(verb, j) || !view.IsWord(j))
        {
            pronoun = true;
            return null;
        }

        if (_index.At(j) is { } e && e.Type != EntityType.Location)
        {
            // "argued Capital Economics analyst Jason Tuvey": a body, a lowercase role, then the person who speaks.
            if (e.Type == EntityType.Organization && !view.IsArabic(j))
            {
                var k = _index.EndOf(j);
                for (var roles = 0; roles < 3 && view.IsWord(k) && view.SameSentence(j, k) && !TokenKeys.StartsUpper(view.Text(k)); roles++)
                {
                    k++;
                }

                if (k > _index.EndOf(j) && _index.At(k) is { Type: EntityType.Person } affiliated)
                {
                    return affiliated;
                }
            }

            // "وطالبت الحوثيين بوقفها": a nisba plural in "-يين" is accusative or genitive, the verb's object; its
            // subject would be written "الحوثيون".
            return view.IsArabic(j) && view.Keys[j].EndsWith(AccusativeNisbaPlural, StringComparison.Ordinal) ? null : e;
        }

        // "أعلنت شركة أرامكو السعودية": the generic head written before a body the lexicon knows.
        if (view.IsArabic(j) && _index.At(j) is null && view.SameSentence(j, j + 1) && _index.At(j + 1) is { Type: EntityType.Organization } body
            && Lookup(j).Entries.Any(x => x.Kind == LexKind.OrgHeadConstruct))
        {
            return body;
        }

        // "أعلنت قيادة الجيش اللبناني", "أفاد تقرير الدائرة": a collective or document noun before the body that acts
        // (the "head" cues of Data/Events/cues.tsv).
        if (view.IsArabic(j) && _index.At(j) is null && Events.EventLexicon.Cue(view, j, "head") is > 0 and var head && view.SameSentence(j, j + head)
            && _index.At(j + head) is { Type: EntityType.Organization } headed)
        {
            return headed;
        }

        // "a annoncé mercredi le ministère sénégalais des Finances", "said on Tuesday the ministry": French and English
        // put the inverted subject after the verb's day and its article.
        if (!view.IsArabic(verb))
        {
            var k = j;
            if (view.Keys[k] == "on" && view.IsWord(k + 1))
            {
                k++;
            }

            if (Dates.DateLexicons.Weekdays.TryGet(view.Text(k), out _))
            {
                k++;
                var afterDay = k;
                if (k < view.Count && view.Keys[k] is "le" or "la" or "les" or "the")
                {
                    k++;
                }

                if (view.SameSentence(verb, k) && _index.At(k) is { Type: not EntityType.Location } inverted)
                {
                    return inverted;
                }

                // "a lancé mardi M. Wadagni", "a déclaré lundi le ministre": a title or a body's head after the day
                // is read as if it followed the verb.
                if (afterDay < view.Count && view.IsWord(afterDay) && view.SameSentence(verb, afterDay))
                {
                    j = afterDay;
                }
            }
        }

        var key = view.Keys[j];

        // "a assuré la PNH", "said the IMF": a body named after its article; "a annoncé le britannique BP", "a indiqué
        // le groupe français TotalEnergies": past its nationality, and a common noun before it.
        if (!view.IsArabic(j) && key is "le" or "la" or "les" or "the")
        {
            var k = j + 1;
            if (view.SameSentence(j, k) && _index.At(k) is { Type: EntityType.Organization } named)
            {
                return named;
            }

            if (view.IsWord(k) && view.IsWord(k + 1) && !TokenKeys.StartsUpper(view.Text(k)) && IsNationality(k + 1))
            {
                k++;
            }

            if (view.IsWord(k) && IsNationality(k) && !TokenKeys.StartsUpper(view.Text(k)))
            {
                k++;
            }

            if (view.SameSentence(j, k) && _index.At(k) is { Type: EntityType.Organization } afterArticle)
            {
                return afterArticle;
            }

            // "a indiqué le groupe OCP", "a annoncé la compagnie nationale Sonatrach": a common noun of a body and an
            // adjective before its name.
            // (Not a role, "a indiqué le gouverneur de la BCT, Faouzi Ben Salah", nor a complement after "de".)
            for (var c = j + 1; c <= j + 3 && view.IsWord(c) && view.SameSentence(j, c) && !TokenKeys.StartsUpper(view.Text(c))
                && !Lookup(c).Entries.Any(x => x.Kind == LexKind.Title) && view.Keys[c] is not ("de" or "du" or "des" or "d'" or "of"); c++)
            {
                if (_index.At(c + 1) is { Type: EntityType.Organization } namedBody && view.SameSentence(j, c + 1))
                {
                    return namedBody;
                }
            }
        }

        if (Complementizers.Contains(key) || ArabicPrefixes.HasPreposition(key) || view.IsArabic(j) && StandalonePrepositions.Contains(key) || key.Length > 1 && key[0] == ArabicLetters.Beh && _index.At(j) is null && view.IsArabic(j) && Lookup(j).Entries.Any(x => x.Kind == LexKind.Counterpart))
        {
            pronoun = true;
            return null;
        }

        // "a déclaré le ministre", "said the governor": a role after its article stands for the person introduced
        // with that role; a name after it is read below.
        if (!view.IsArabic(j) && key is "le" or "la" or "the" && Lookup(j + 1).Entries.Any(x => x.Kind is LexKind.Title) && view.SameSentence(j, j + 1))
        {
            // ("a rappelé la ministre de la Transition énergétique, Salma Idrissi": past the role's complements and one comma.)
            var role = Lookup(j + 1);
            return NamedAfterRole(j + 1 + role.Length, j) ?? IntroducedWithTitle(j + 1, role);
        }

        var m = Lookup(j);
        // ("ويقول الباحث في الشأن السياسي إحسان الشمري": a role usually written after a name, "الباحث في", before one.)
        if (m.Entries.Any(x => x.Kind is LexKind.Title) || view.IsArabic(j) && m.Length > 1 && m.Entries.Any(x => x.Kind is LexKind.Postposed))
        {
            // "تعهد الرئيس الصيني شي جين بينغ", "a déclaré la ministre marocaine de la Transition énergétique, Leila
            // Benali": the title introduces the name that follows it, past its complements and one comma.
            return NamedAfterRole(j + m.Length, j) ?? (m.Entries.Any(x => x.Kind is LexKind.Title) ? ByTitle(j, m) : null);
        }

        if (EnglishPronouns.Contains(key) || HonorificPronouns.Contains(key))
        {
            pronoun = true;
            return null;
        }

        // "a précisé le ministère", "said the ministry": the inverted subject after its article.
        return BodyByHead(!view.IsArabic(j) && key is "le" or "la" or "the" ? j + 1 : j);
    }

    // The one person of the article whose mention has the capitalized Latin word at j among its words, or null.
    private Entity? PersonByNameWord(int j)
    {
        var view = _index.View;
        if (view.IsArabic(j) || view.Text(j).Length < 3 || !TokenKeys.StartsUpper(view.Text(j)))
        {
            return null;
        }

        return (_personsByNameWord ??= PersonsByNameWord()).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(view.Text(j), out var person) ? person : null;
    }

    // Each word of the people's Latin mentions, to the one person it names (null when two people share it).
    private Dictionary<string, Entity?> PersonsByNameWord()
    {
        var words = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var e in _index.Entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var mention in e.Mentions)
            {
                foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    words[word] = words.TryGetValue(word, out var other) && other != e ? null : e;
                }
            }
        }

        return words;
    }

    private bool IsNationality(int k) => Lookup(k).Entries.Any(e => e.Kind == LexKind.Nationality);

    /// <summary>
    /// The body a definite head noun alone refers back to: "وقالت الوزارة" is the ministry last named, "the ministry
    /// said" and "selon le ministère" the same. Null when the noun has a complement of its own or no such body was named.
    /// </summary>
    public Entity? BodyByHead(int j)
    {
        var view = _index.View;
        if (!view.IsWord(j) || _index.At(j) is not null)
        {
            return null;
        }

        string head;
        var key = view.Keys[j];
        if (view.IsArabic(j))
        {
            var article = key.StartsWith("ال", StringComparison.Ordinal) ? 2 : key.StartsWith("وال", StringComparison.Ordinal) || key.StartsWith("فال", StringComparison.Ordinal) ? 3 : 0;
            if (article == 0 || !BodyAnaphors.ContainsKey(key[article..]))
            {
                return null;
            }

            head = key[article..];
        }
        else
        {
            var elided = key.StartsWith("l'", StringComparison.Ordinal) ? 2 : 0;
            if (!BodyAnaphors.ContainsKey(key[elided..]) || elided == 0 && !(j > 0 && view.Keys[j - 1] is "the" or "le" or "la"))
            {
                return null;
            }

            head = key[elided..];
        }

        // A complement of its own makes it another body ("the ministry of health", "الوزارة المصرية" is read as named).
        if (view.IsWord(j + 1) && view.SameSentence(j, j + 1) && view.Keys[j + 1] is "of" or "de" or "du" or "des")
        {
            return null;
        }

        // The last organization before it with that head among the words of its mention ("وزارة الخارجية السودانية",
        // "Egypt's Foreign Ministry", "le ministère nigérien de la Défense"); for a noun any body may be called by, the
        // last organization named in this sentence or the two before it that is no news outlet ("The Sudan Doctors
        // Network said ... \"...,\" the group said").
        var generic = BodyAnaphors[head];
        var sentence = view.Tokens[j].Sentence;
        for (var t = j - 1; t >= 0; t--)
        {
            if (_index.At(t) is not { Type: EntityType.Organization } body || !view.IsWord(t))
            {
                continue;
            }

            if (IsHeadWord(view, t, head))
            {
                return body;
            }

            if (generic && view.Tokens[t].Sentence >= sentence - 2 && !Events.EventLexicon.IsMedia(body))
            {
                return body;
            }
        }

        return null;
    }

    // Whether the word at t is the head noun, behind Arabic proclitics and the article ("بوزارة", "الوزارة") or a
    // French elision ("l'agence").
    private static bool IsHeadWord(DocumentView view, int t, string head)
    {
        var key = view.Keys[t];
        if (!key.EndsWith(head, StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = key.AsSpan(0, key.Length - head.Length);
        return view.IsArabic(t)
            ? prefix is "" or "ال" or "و" or "ف" or "ب" or "ل" or "ك" or "وال" or "فال" or "بال" or "لل" or "كال" or "وب" or "ول" or "وبال" or "ولل"
            : prefix.Length == 0 || prefix.Length == Languages.French.FrenchElision.ElidedLength(key);
    }

    /// <summary>
    /// A French subject pronoun inverted after its verb and written with it: "a-t-il", "a-t-elle", "ont-ils",
    /// "ajoute-t-il", "estime-t-elle".
    /// </summary>
    public static bool IsInvertedPronoun(string key) =>
        key.Length > 3 && (key.EndsWith("-il", StringComparison.Ordinal) || key.EndsWith("-elle", StringComparison.Ordinal)
            || key.EndsWith("-ils", StringComparison.Ordinal) || key.EndsWith("-elles", StringComparison.Ordinal));

    /// <summary>The subject ending right before an English or French verb ("Ishaq Dar said", "a-t-il précisé").</summary>
    public Entity? Before(int verb, out bool pronoun)
    {
        pronoun = false;
        var view = _index.View;
        if (ApposedBeforeVerb(verb) is { } apposed)
        {
            return apposed; // "Wale Edun, the finance minister, said"
        }

        var floor = verb - 3;
        for (var j = verb - 1; j >= 0 && j >= floor && view.SameSentence(j, verb); j--)
        {
            if (Events.EventLexicon.AsideStart(view, j) is var aside and >= 0)
            {
                // "The IMF, meanwhile, urged": look past the connective set off by commas.
                floor -= j - aside + 1;
                j = aside;
                continue;
            }

            if (Events.EventLexicon.RelativeClauseStart(view, j) is var relative and >= 0)
            {
                // "Grossi, who held talks in Tehran last week, told reporters": look past the relative clause.
                floor -= j - relative + 1;
                j = relative;
                continue;
            }

            if (j >= 2 && (view.Keys[j] == "part" && view.Keys[j - 1] == "sa" && view.Keys[j - 2] == "pour"
                || view.Keys[j] == "côté" && view.Keys[j - 1] is "son" or "leur" && view.Keys[j - 2] == "de"))
            {
                // "M. Benmansour a pour sa part plaidé", "Paris a de son côté rappelé": the aside without its commas.
                floor -= 3;
                j -= 2;
                continue;
            }

            if (_index.At(j) is { } e && e.Type != EntityType.Location)
            {
                return e;
            }

            // "Abiy Ahmed, who held talks with President William Ruto": a relative pronoun after a comma stands for the
            // person or body named right before the comma.
            // ("Mark Carney, qui a rencontré", "who had met": past the auxiliary of a compound tense as well.)
            if ((j == verb - 1 || j == verb - 2 && view.Keys[verb - 1] is "a" or "avait" or "s'est" or "has" or "had")
                && j >= 2 && view.Keys[j] is "who" or "qui" && view.IsPunct(j - 1, ',') && _index.At(j - 2) is { Type: not EntityType.Location } antecedent)
            {
                return antecedent;
            }

            if (BodyByHead(j) is { } body)
            {
                return body; // "the ministry said"
            }

            if (DefiniteTitleEndingAt(j) is var (titleStart, role))
            {
                // "“…,” the minister said", "the governor told reporters": the person introduced with that role, or
                // no one the article names (a "the spokesman said" nobody was introduced as is left unattributed).
                return IntroducedWithTitle(titleStart, role);
            }

            if (j == verb - 1 && PersonByNameWord(j) is { } named)
            {
                return named; // "Nadia Fettah Alaoui ... “…,” Fettah said": one word of a person's full name
            }

            if (EnglishPronouns.Contains(view.Keys[j]) || IsInvertedPronoun(view.Keys[j]))
            {
                pronoun = true;
                return null;
            }

            // "Le ministre de l'Économie, Antoine Armand, a salué": the comma that closes a name in apposition.
            // (French: "Il s'est ensuite entretenu", "elle s'est également rendue": the reflexive auxiliary and an adverb.)
            if (view.Keys[j] is not ("has" or "had" or "a" or "have" or "-" or "t" or "also" or "then" or "s'est" or "se" or "est" or "sont" or "ont"
                    or "ensuite" or "également" or "aussi" or "alors" or "notamment" or "déjà")
                && !(view.IsPunct(j, ',') && j < verb - 1))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of an English or French reporting verb set off by a title: a name in apposition right before the
    /// verb ("the company's chief executive, Jane Doe, told reporters") or the first person named after the verb,
    /// past a title phrase and at most one comma, before any new clause ("a déclaré le directeur général du groupe,
    /// Pierre Martin, lors de ...", "said the finance minister, Peter Brown, after the vote").
    /// </summary>
    public Entity? Apposed(int verb)
    {
        var view = _index.View;

        // "..., le général Sadio Camara, a déclaré", "Jane Doe, has said": an auxiliary may stand between the comma and
        // the participle.
        var p = verb - 1;
        while (p > 0 && view.SameSentence(p, verb) && view.Keys[p] is "a" or "ont" or "avait" or "avaient" or "has" or "had" or "have")
        {
            p--;
        }

        if (view.IsPunct(p, ',') && view.SameSentence(p - 1, verb) && _index.At(p - 1) is { Type: EntityType.Person } apposed)
        {
            return apposed;
        }

        var commas = 0;
        for (var u = verb + 1; u < view.Count && u <= verb + 14 && view.SameSentence(verb, u); u++)
        {
            if (_index.At(u) is { } e)
            {
                if (e.Type == EntityType.Person)
                {
                    return e;
                }

                continue;
            }

            if (!view.IsWord(u))
            {
                if (view.IsPunct(u, ',') && ++commas <= 1)
                {
                    continue;
                }

                return null;
            }

            if (ClauseBreaks.Contains(view.Keys[u]))
            {
                return null;
            }
        }

        return null;
    }

    // An Arabic role noun without the article followed by a preposition ("متحدث باسم", "مسؤول في", "مصدر من") is "a
    // spokesman", not "the spokesman"; a construct ("رئيس الوزراء", "وزير الخارجية") is definite by its complement.
    private bool IsIndefiniteRole(int j)
    {
        var view = _index.View;
        if (!view.IsArabic(j) || ArabicPrefixes.IsDefinite(view.Keys[j]) || view.Keys[j].StartsWith("ال", StringComparison.Ordinal) || !view.IsWord(j + 1) || !view.SameSentence(j, j + 1))
        {
            return false;
        }

        var next = view.Keys[j + 1];
        return next is "في" or "من" or "باسم" or "لدي" || ArabicPrefixes.HasPreposition(next);
    }

    /// <summary>A title standing for a person: the country from a nationality or an organization after it.</summary>
    public Entity? ByTitle(int j, EntityScanner.Match title)
    {
        var view = _index.View;
        if (IsIndefiniteRole(j))
        {
            // "وقال متحدث باسم خارجيتها", "مسؤول في الوزارة": an indefinite role introduces someone unnamed.
            return null;
        }

        string? country = null;
        for (var k = j + title.Length; k < view.Count && k < j + title.Length + 5 && view.SameSentence(j, k); k++)
        {
            var nat = Lookup(k).Entries.FirstOrDefault(x => x.Kind == LexKind.Nationality);
            if (nat is not null)
            {
                country = nat.Country;
                break;
            }

            if (_index.At(k) is { Country: not null } org && org.Type != EntityType.Person)
            {
                country = org.Country;
                break;
            }
        }

        // Prefer the person introduced with the same title and country.
        var at = view.Document.ToOriginal(view.Tokens[j].Start, view.Tokens[j].End).Start;
        return IntroducedWithTitle(j, title, country) ?? _index.LastPersonBefore(at, country);
    }

    /// <summary>
    /// The person named after a role that starts at <paramref name="anchor"/> (or at its article there), from token
    /// <paramref name="from"/> on, past the role's complements and one comma, within a dozen words and before a word
    /// that opens another clause; null when none is.
    /// </summary>
    private Entity? NamedAfterRole(int from, int anchor)
    {
        const int MaxTitlePhrase = 12;
        var view = _index.View;
        var commas = 0;
        for (var k = from; k < view.Count && k <= anchor + MaxTitlePhrase && view.SameSentence(anchor, k); k++)
        {
            if (_index.At(k) is { Type: EntityType.Person } named)
            {
                return named;
            }

            if (!view.IsWord(k) && !(view.IsPunct(k, ',') && ++commas == 1) || view.IsWord(k) && ClauseBreaks.Contains(view.Keys[k]))
            {
                break;
            }
        }

        return null;
    }

    // "Wale Edun, the finance minister, said", "Jane Doe, an economist at Capital Economics, told": a person, then a
    // lowercase apposition between commas right before an English or French verb, is the verb's subject.
    private Entity? ApposedBeforeVerb(int verb)
    {
        const int MaxAppositionWords = 8;
        var view = _index.View;
        if (verb < 3 || view.IsArabic(verb) || !view.IsPunct(verb - 1, ','))
        {
            return null;
        }

        for (var c = verb - 2; c >= 1 && c >= verb - 2 - MaxAppositionWords && view.SameSentence(c, verb); c--)
        {
            if (view.IsPunct(c, ','))
            {
                return c < verb - 2 && _index.At(c - 1) is { Type: EntityType.Person } person && TokenKeys.StartsUpper(view.Text(c + 1)) is false ? person : null;
            }

            if (!view.IsWord(c) || _index.At(c) is { Type: EntityType.Person })
            {
                return null;
            }
        }

        return null;
    }

    // A role with its article that ends at token j ("the minister", "the central bank governor", "le ministre"), or null.
    private (int Start, EntityScanner.Match Role)? DefiniteTitleEndingAt(int j)
    {
        const int MaxRoleWords = 4;
        var view = _index.View;
        if (view.IsArabic(j))
        {
            return null;
        }

        for (var s = j; s >= 1 && s > j - MaxRoleWords && view.SameSentence(s, j); s--)
        {
            var m = Lookup(s);
            if (s + m.Length - 1 == j && m.Entries.Any(x => x.Kind == LexKind.Title) && view.Keys[s - 1] is "the" or "le" or "la")
            {
                return (s, m);
            }
        }

        return null;
    }

    /// <summary>
    /// The person the article introduced with the role at token j (its last such person before it, of
    /// <paramref name="country"/> when given), or null.
    /// </summary>
    private Entity? IntroducedWithTitle(int j, EntityScanner.Match title, string? country = null)
    {
        var view = _index.View;
        var at = view.Document.ToOriginal(view.Tokens[j].Start, view.Tokens[j].End).Start;
        var titleKey = title.Entries.First(x => x.Kind == LexKind.Title).Key;
        Entity? same = null;
        foreach (var (span, entity) in _index.MentionsInOrder)
        {
            if (span.Start >= at)
            {
                break;
            }

            if (entity.Type == EntityType.Person && (country is null || entity.Country == country) && HasTitleBefore(span, titleKey))
            {
                same = entity;
            }
        }

        return same;
    }

    private bool HasTitleBefore(TextSpan mention, string titleKey)
    {
        var view = _index.View;
        var first = _index.TokenAtOriginal(mention.Start);
        var role = titleKey.StartsWith("T:", StringComparison.Ordinal) ? titleKey[2..] : titleKey;
        for (var k = first - 1; k >= 0 && k >= first - 6 && view.SameSentence(k, first); k--)
        {
            // ("Finance Minister X" introduces "the minister": the capital is the same role; "le chef de la diplomatie
            // française X" introduces "le ministre", a role the title table says it also is.)
            if (Lookup(k).Entries.Any(x => x.Kind == LexKind.Title && (string.Equals(x.Key, titleKey, StringComparison.OrdinalIgnoreCase) || string.Equals(x.Name, role, StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }
}
