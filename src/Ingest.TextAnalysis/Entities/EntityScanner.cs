using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Languages.Arabic;
using Ingest.TextAnalysis.Languages.French;
using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// The entity rules over one document, left to right: gazetteer names (longest match, Arabic proclitics and French
/// elision removed), people after titles and reporting verbs, organizations built on a head noun, Latin capitalized
/// chunks, bracketed abbreviations; then document-level propagation of surnames and grouping into entities.
/// </summary>
internal sealed class EntityScanner
{
    private const int MaxNameTokens = 4;

    // Countries whose names are written surname first, so the first token alone refers back to the person ("شي").
    private static readonly HashSet<string> SurnameFirst = ["CN", "TW", "HK", "MO", "KR", "KP", "VN", "SG"];

    // Latin words that join the parts of an organization's name.
    private static readonly HashSet<string> ChunkConnectors = ["of", "for", "and", "the", "on", "de", "des", "du", "la", "et", "d'", "l'", "pour"];

    private static readonly HashSet<string> CurrencyWords = ["dollar", "dollars", "cent", "cents"];

    // Definite nouns, folded, that news puts right after a name as the verb's object: "استقبل ... الوفد المرافق".
    private static readonly HashSet<string> ObjectNouns = ["الوفد", "الوفود", "الضيف", "الضيوف", "الجانب", "المشاركين", "الحضور", "الزوار", "الفريق", "اللاعبين", "الجرحي", "المصابين", "المسؤولين", "السفراء", "الاعلاميين", "الصحفيين"];

    // Nouns of buildings and sites, folded, that a preposition joins before a place's name: "بقصر", "بمستشفى", "بمطار".
    private static readonly HashSet<string> SiteNouns = ["قصر", "مستشفي", "مطار", "ميناء", "معبر", "مخيم", "مصفاه", "حقل", "مقر", "مركز", "قاعده", "سجن"];

    // Settlement nouns before a place's name, folded: "بلدة", "مدينة", "قرية", "مخيم".
    private static readonly HashSet<string> SettlementNouns = ["بلده", "مدينه", "قريه", "مخيم"];

    // Towns and cities the hand-written places do not name (Data/Entities/towns.tsv, generated from GeoNames).
    private static readonly PhraseTable<(string Name, string Country)> Towns = new(EmbeddedData.ReadTsv("Entities/towns.tsv")
        .Select(r => new KeyValuePair<string, (string, string)>(r[0], (r[0], r[1].Trim()))));

    // The words before a town's name that make it a place: "in", "near", "à", "près de".
    private static readonly HashSet<string> TownPrepositions = ["in", "near", "at", "outside", "around", "into", "towards", "toward", "from", "to", "à", "dans", "vers", "autour", "depuis", "jusqu'à", "en"];

    // All-capital abbreviations that name no body (Data/Entities/common-acronyms.tsv).
    private static readonly FrozenSet<string> CommonAcronyms = EmbeddedData.ReadTsv("Entities/common-acronyms.tsv").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);

    // The rows of Data/Entities/facility-heads.tsv, read once: the heads (form, language and, for Arabic, the English
    // noun) and the Arabic adjectives and common nouns its third column marks.
    private static readonly string[][] FacilityRows = [.. EmbeddedData.ReadTsv("Entities/facility-heads.tsv")];

    // Head nouns of named buildings and sites, by language.
    private static readonly FrozenDictionary<string, FrozenSet<string>> FacilityHeads = FacilityRows
        .Where(IsFacilityHead)
        .GroupBy(r => r[1].Trim(), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim()))).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    // The Arabic heads, looked up by span so that a head behind its proclitics ("بمستشفى") costs no string.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabicFacilityHeads =
        FacilityHeads.GetValueOrDefault("ar", FrozenSet<string>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();

    // The English noun of each Arabic head (folded) for the facility's name: "ميناء" -> "Port".
    private static readonly FrozenDictionary<string, string> ArabicFacilityNouns = FacilityRows
        .Where(r => r[1].Trim() == "ar" && r.Length > 2 && IsFacilityHead(r))
        .ToFrozenDictionary(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim())), r => r[2].Trim(), StringComparer.Ordinal);

    // The Arabic adjectives that end a facility's name ("مستشفى الثورة العام", "معبر رفح البري"), folded.
    private static readonly FrozenSet<string> ArabicFacilityAdjectives = FacilityWords("adjective");

    // Common nouns after a site's head that name no site ("حقل ألغام", "قاعدة بيانات"), folded.
    private static readonly FrozenSet<string> ArabicFacilityCommonNouns = FacilityWords("common");

    // Common nouns of a state's bodies by language, longest first, with the English head of their names.
    private static readonly FrozenDictionary<string, (string[] Words, string English)[]> StateBodyHeads = EmbeddedData.ReadTsv("Entities/state-bodies.tsv")
        .GroupBy(r => r[1].Trim(), StringComparer.Ordinal)
        .ToFrozenDictionary(
            g => g.Key,
            g => g.Select(r => (Words: r[0].Trim().Split(' '), English: r[2].Trim())).OrderByDescending(h => h.Words.Length).ToArray(),
            StringComparer.Ordinal);

    // The first words of the French state bodies' nouns: most tokens are turned away by one lookup.
    private static readonly FrozenSet<string> StateBodyFirstWords = StateBodyHeads.GetValueOrDefault("fr", []).Select(h => h.Words[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NewsWords = ["نيوز", "news", "نت"];

    // Suffixes that tell a father from his son of the same name ("Jr.", "III"): part of a full name, never a family name.
    private static readonly HashSet<string> GenerationalSuffixes = ["jr", "sr", "ii", "iii", "iv"];

    // Adjectives that make a definite head a body's name though they are not relational in form: "المؤسسة العامة",
    // "المجلس الأعلى" (folded keys). Not the masculine "العام", which is also "the year" ("أعلنت الحكومة العام الماضي").
    private static readonly HashSet<string> BodyAdjectives = ["العامه", "الاعلي", "العليا", "المشتركه", "المشترك"];

    // Nouns of traffic and flows (Data/Entities/traffic-nouns.tsv, folded keys): "حركة الشحن" is shipping traffic, not a
    // movement's name.
    private static readonly FrozenSet<string> TrafficNouns = EmbeddedData.ReadTsv("Entities/traffic-nouns.tsv")
        .Select(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim())))
        .ToFrozenSet(StringComparer.Ordinal);

    // The words that place an unknown Arabic place name by a direction from a known one (Data/Entities/place-clues.tsv):
    // kind -> folded token sequences.
    private static readonly ILookup<string, string[]> PlaceClues = EmbeddedData.ReadTsv("Entities/place-clues.tsv")
        .ToLookup(r => r[1].Trim(), r => EntityLexicon.TokenizeForm(r[0].Trim()), StringComparer.Ordinal);

    // Every clue's first word, so that the scan for directions costs one hash probe a token.
    private static readonly FrozenSet<string> PlaceClueStarts = PlaceClues.SelectMany(g => g).Select(f => f[0]).ToFrozenSet(StringComparer.Ordinal);

    // The folded key of "حركة" (movement), the head that traffic nouns turn into a common noun.
    private const string MovementKey = "حركه";

    // Arabic administrative nouns written before a region's name ("محافظة تعز", "ولاية الخرطوم", "إقليم دارفور"),
    // folded; the mention takes them in. "مدينة" (city) is not one: it describes, it does not name.
    private static readonly FrozenDictionary<string, bool> AdministrativeNouns = new[] { "محافظه", "ولايه", "اقليم", "مديريه" }
        .ToFrozenDictionary(k => k, _ => true, StringComparer.Ordinal);

    // Titles by which Gulf and Jordanian royals are named again with their given name alone ("الشيخ تميم", "الأمير
    // محمد"), as the title's lexicon key.
    private static readonly FrozenSet<string> RoyalTitles = new[] { "T:الشيخ", "T:الشيخة", "T:الأمير", "T:الأميرة", "T:الملك", "T:الملكة", "T:السلطان" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Arabic nouns of statehood written before a country's name in protocol style ("جمهورية الهند", "دولة قطر",
    // "سلطنة عمان"), folded; the mention takes them in, and they start no person's name.
    private static readonly FrozenDictionary<string, bool> StateNouns = new[] { "جمهوريه", "مملكه", "سلطنه", "دوله" }
        .ToFrozenDictionary(k => k, _ => true, StringComparer.Ordinal);

    // "المتحدث باسم" (spokesman on behalf of): folded key of the word after which the body spoken for is named.
    private const string SpokenForKey = "باسم";

    // Prepositions between a role and its name that introduce the place or body the role is posted to (folded keys:
    // "إلى" -> "الي"). The place is not the person's country: an envoy to Yemen is not Yemeni.
    private static readonly HashSet<string> PostingPrepositions = ["الي", "لدي", "في", "to", "in", "auprès", "au", "aux", "en", "à"];

    // "المملكة", "kingdom", "royaume": keyed like document tokens, with the codes of the states each may stand for.
    private static readonly FrozenDictionary<string, (FrozenSet<string> Countries, string? Default)> KingdomWords = EmbeddedData.ReadTsv("Entities/kingdom-references.tsv")
        .ToFrozenDictionary(
            r => TokenKeys.Of(TextNormalizer.Fold(r[1].Trim())),
            r => (r[2].Split('|').ToFrozenSet(StringComparer.Ordinal), r.Length > 3 && r[3].Trim().Length > 0 ? r[3].Trim() : null),
            StringComparer.Ordinal);

    private readonly DocumentView _view;
    private readonly List<EntityCandidate> _candidates = [];
    private readonly bool[] _covered;
    private readonly List<LexEntry> _scratch = [];
    private readonly List<(int Skip, string Key)> _variants = [];

    // Abbreviations the document defines in brackets ("(MEFP)"), whether or not they defined a body.
    private readonly HashSet<string> _bracketed = new(StringComparer.Ordinal);
    private readonly Match?[] _lookups;
    private Dictionary<string, int>? _evidence;

    public EntityScanner(DocumentView view)
    {
        _view = view;
        _covered = new bool[view.Count];
        _lookups = new Match?[view.Count];
    }

    public IReadOnlyList<Entity> Run()
    {
        DefinedAbbreviations();
        var i = 0;
        while (i < _view.Count)
        {
            i = _view.IsWord(i) ? Step(i) : i + 1;
        }

        Propagate();
        PlacesByDirection();
        KingdomReferences();
        return Group();
    }

    /// <summary>
    /// "l'Office chérifien des phosphates (OCP)": an unknown abbreviation spelled by the words before its bracket
    /// defines an organization, named by the long form as written; the abbreviation there and anywhere else in the
    /// document is another mention of it. Done before the other rules so that the long form is not cut into a place
    /// ("Pakistan") and a remainder. Abbreviations the gazetteer knows are left to it.
    /// </summary>
    private void DefinedAbbreviations()
    {
        for (var open = 1; open + 2 < _view.Count; open++)
        {
            var abbreviation = AbbreviationDefinition.Abbreviation(_view, open);
            if (abbreviation is null || _view.IsArabic(open - 1) || _covered[open + 1] || Lookup(open + 1).Entries.Any(e => e.IsEntity))
            {
                continue;
            }

            _bracketed.Add(abbreviation);

            var first = AbbreviationDefinition.LongFormStart(_view, open, abbreviation);
            if (first < 0 || Enumerable.Range(first, open - first).Any(t => _covered[t]) || AbbreviationDefinition.NamesNonOrganization(_view, first, open)
                || KnownName(first, open))
            {
                continue;
            }

            Add(first, open, FrenchElision.ElidedLength(_view.Keys[first]), EntityType.Organization, null, null);
            var key = _candidates[^1].Key;
            var name = _candidates[^1].Name;
            for (var t = 0; t < _view.Count; t++)
            {
                // "L'OCP": the French article elided onto the abbreviation is not part of the mention.
                var elided = _view.IsWord(t) ? FrenchElision.ElidedLength(_view.Keys[t]) : 0;
                if (!_covered[t] && _view.IsWord(t) && _view.Text(t)[elided..].SequenceEqual(abbreviation))
                {
                    Add(t, t + 1, elided, EntityType.Organization, name, null, key);
                }
            }
        }
    }

    // "the Democratic Republic of the Congo (DRC)": a long form the gazetteer knows (a country, a known body) keeps
    // its own type and name; the gazetteer rule and BracketAlias take it. A known name that only ends the long form
    // after an organization's head word is a part of a body's name, not the body: "la Communauté économique des États
    // de l'Afrique centrale (CEEAC)", "le Bureau intégré des Nations unies en Haïti (BINUH)".
    private bool KnownName(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var m = Lookup(t);
            if (t + m.Length == end && m.Entries.Any(e => e.IsEntity))
            {
                return t == first || !Enumerable.Range(first, t - first).Any(k => Has(Lookup(k), LexKind.OrgHeadLatin));
            }
        }

        return false;
    }

    /// <summary>The longest lexicon match at a token over its readings (as written, without proclitics, without elision).</summary>
    internal Match Lookup(int index)
    {
        if (index < 0 || index >= _view.Count)
        {
            return new Match(0, 0, []);
        }

        // Rules look at the same tokens many times (titles, names, adjectives): each token is looked up once.
        return _lookups[index] ??= LookupUncached(index);
    }

    private Match LookupUncached(int index)
    {
        var best = new Match(0, 0, []);
        if (!_view.IsWord(index))
        {
            return best;
        }

        var key = _view.Keys[index];
        var n = EntityLexicon.Gazetteer.Match(_view, index, key, false, _scratch);
        if (n > 0)
        {
            best = new Match(n, 0, [.. _scratch]);
        }

        if (_view.IsArabic(index))
        {
            ArabicPrefixes.Variants(key, _variants);
        }
        else
        {
            _variants.Clear();
            var e = FrenchElision.ElidedLength(key);
            if (e > 0)
            {
                _variants.Add((e, key[e..]));
            }
        }

        foreach (var (skip, stem) in _variants)
        {
            var m = EntityLexicon.Gazetteer.Match(_view, index, stem, true, _scratch, _view.IsArabic(index) ? 0 : skip);
            if (m > best.Length || m == best.Length && m > 0 && !best.Entries.Any(e => e.IsEntity) && _scratch.Any(e => e.IsEntity))
            {
                best = new Match(m, skip, [.. _scratch]);
            }
        }

        return best;
    }

    private int Step(int i)
    {
        if (_covered[i])
        {
            return i + 1;
        }

        // "المدينة نيوز", "Saraha News": a news site named by a word and "News".
        if (i + 1 < _view.Count && NewsWords.Contains(_view.Keys[i + 1]) && _view.SameSentence(i, i + 1) && !Has(Lookup(i), LexKind.Stop)
            && (_view.IsArabic(i) || TokenKeys.StartsUpper(_view.Text(i)) && TokenKeys.StartsUpper(_view.Text(i + 1))))
        {
            // "Kenya News Agency", "Saraha News Network": a body's head after "News" is part of the name.
            var newsEnd = !_view.IsArabic(i) && _view.IsWord(i + 2) && _view.SameSentence(i, i + 2) && TokenKeys.StartsUpper(_view.Text(i + 2))
                && Has(Lookup(i + 2), LexKind.OrgHeadLatin) ? i + 3 : i + 2;
            Add(i, newsEnd, 0, EntityType.Organization, null, null);
            return newsEnd;
        }

        var m = Lookup(i);
        if (!_view.IsArabic(i) && StateBody(i, m) is var bodyEnd && bodyEnd > i)
        {
            return bodyEnd;
        }

        if (!_view.IsArabic(i) && BareArmy(i) is var armyEnd && armyEnd > i)
        {
            return armyEnd;
        }

        if (!_view.IsArabic(i) && PlaceBeforeParticiple(i) is var placeEnd && placeEnd > i)
        {
            return placeEnd;
        }

        if (!_view.IsArabic(i) && !m.Entries.Any(e => e.IsEntity) && LatinStateNoun(i) is var stateEnd && stateEnd > i)
        {
            return stateEnd;
        }

        if (FrenchFacility(i) is var facilityEnd && facilityEnd > i)
        {
            return facilityEnd;
        }

        if (ArabicFacility(i) is var arabicFacilityEnd && arabicFacilityEnd > i)
        {
            return arabicFacilityEnd;
        }

        if (m.Entries.FirstOrDefault(e => e.Kind == LexKind.Person) is { } alias && IsAliasInLongerName(i, m, alias))
        {
            // "Abbas Araqchi" is not Mahmoud Abbas: the one-word alias opens another person's name.
            var end = CollectName(i, null, null, minimum: 2);
            return end > i ? end : i + 1;
        }

        var entity = m.Entries.FirstOrDefault(e => e.Kind == LexKind.Person)
            ?? m.Entries.FirstOrDefault(e => e.Kind == LexKind.Organization)
            ?? Homonym(m);
        if (entity is { Kind: LexKind.Location } && !_view.IsArabic(i) && HeadInCapitalizedRun(i + m.Length))
        {
            // "Cairo University", "Kenya Airways", "China Development Bank": a place before a body's head word names the body.
            return LatinChunk(i, m);
        }

        if (entity is not null && !IsAdjectiveUse(i, m) && !(entity.Kind == LexKind.Location && CurrencyWords.Contains(Key(i + m.Length) ?? string.Empty)))
        {
            if (entity.Kind == LexKind.Location && m.Skip == 0 && _view.IsArabic(i) && i > 0 && !_covered[i - 1] && _view.SameSentence(i - 1, i)
                && (TryGetPastProclitics(AdministrativeNouns, i - 1, out _, out var nounSkip)
                    || EntityLexicon.IsAnyCountryKey(entity.Key) && TryGetPastProclitics(StateNouns, i - 1, out _, out nounSkip)))
            {
                // "بمحافظة تعز", "ولاية الخرطوم", "جمهورية الهند": the administrative noun is part of the region's
                // name as news writes it, and the noun of statehood part of the country's.
                var regionEnd = StateAdjectiveEnd(i - 1, i + m.Length);
                Add(i - 1, regionEnd, nounSkip, EntityType.Location, entity.Name, entity.Country, entity.Key);
                return regionEnd;
            }

            var end = AddEntry(i, m, entity);
            if (entity.Kind == LexKind.Organization)
            {
                end = BracketAlias(end, entity.Key, entity.Name, entity.Country);
            }

            return end;
        }

        if (TitleIsFirstName(i, m))
        {
            // "سلطان بن محمد القاسمي": a title word before "بن" is the given name of a patronymic chain.
            return Math.Max(CollectName(i, null, null, minimum: 2), i + 1);
        }

        if (Has(m, LexKind.Title) || Has(m, LexKind.Counterpart))
        {
            return PersonAfterTitle(i, m);
        }

        if (Has(m, LexKind.Postposed) && m.Length > 1 && _view.IsArabic(i) && Key(i + m.Length - 1) == "في"
            && !(_candidates.Count > 0 && _candidates[^1] is { Type: EntityType.Person } before && before.EndToken == i))
        {
            // "ويقول الباحث في الشأن السياسي إحسان الشمري": a role written after a name ("ريان هاس الزميل في معهد
            // بروكينغز") stands before one when no name precedes it; its field phrase is read like a place phrase.
            var count = _candidates.Count;
            var end = PersonAfterTitle(i, m with { Length = m.Length - 1 });
            if (_candidates.Count > count)
            {
                return end;
            }
        }

        if (Has(m, LexKind.OrgHeadConstruct) || Has(m, LexKind.OrgHeadDefinite))
        {
            var end = ArabicOrganization(i, m, out _);
            if (end > i)
            {
                return end;
            }
        }

        if (_view.IsArabic(i))
        {
            return ArabicNameAfterReportingVerb(i, m);
        }

        if (TownAt(i, m) is var townEnd && townEnd > i)
        {
            return townEnd;
        }

        if (BareMinistry(i, m) is var ministryEnd && ministryEnd > i)
        {
            return ministryEnd;
        }

        return LatinChunk(i, m);
    }

    /// <summary>
    /// "the finance ministry said on Wednesday": an English ministry named by its portfolio alone, in lowercase, is the
    /// ministry of the state the article is about (the one its places, bodies and adjectives name most, by a clear
    /// margin); with no such state it is left alone. The end of the mention, or -1.
    /// </summary>
    private int BareMinistry(int i, Match m)
    {
        if (_view.Document.Language != "en" || Key(i - 1) != "the" || !Has(m, LexKind.Portfolio) || TokenKeys.StartsUpper(_view.Text(i))
            || Key(i + m.Length) != "ministry" || !_view.SameSentence(i, i + m.Length))
        {
            return -1;
        }

        var ranked = CountryEvidence().OrderByDescending(p => p.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 2 || ranked.Count > 1 && ranked[1].Value * 2 > ranked[0].Value)
        {
            return -1;
        }

        var country = (string?)ranked[0].Key;
        var end = i + m.Length + 1;
        Add(i, end, 0, EntityType.Organization, LatinMinistryName(i, end, end - 1, ref country), country);
        return end;
    }

    /// <summary>
    /// "The RSF accused the army of shelling civilians", "accusent l'armée": "the army" alone, after the article has named
    /// an army ("the Sudanese army", "l'armée malienne"), is that army, as Arabic "الجيش" after "الجيش السوداني" is. With no
    /// army named before it is left alone. The end of the mention, or -1.
    /// </summary>
    private int BareArmy(int i)
    {
        var key = _view.Keys[i];
        var english = key is "army" or "military" && Key(i - 1) == "the";
        var french = key is "l'armée" or "l'armee";
        if (!english && !french || TokenKeys.StartsUpper(_view.Text(i)[(french ? 2 : 0)..]))
        {
            return -1;
        }

        // "the army chief", "l'armée malienne", "the army of Chad": a word that makes it another body or a role.
        if (_view.IsWord(i + 1) && _view.SameSentence(i, i + 1) && (NationalityOf(Lookup(i + 1)) is not null || Has(Lookup(i + 1), LexKind.Title)
            || Key(i + 1) is "chief" or "spokesman" or "spokesperson"
            || Key(i + 1) is "of" or "de" or "du" && _view.IsWord(i + 2) && TokenKeys.StartsUpper(_view.Text(i + 2))))
        {
            return -1;
        }

        for (var c = _candidates.Count - 1; c >= 0; c--)
        {
            var army = _candidates[c];
            if (army.Type == EntityType.Organization && (army.Name.Contains("Armed Forces", StringComparison.Ordinal) || army.Name.EndsWith("Army", StringComparison.Ordinal)))
            {
                Add(i, i + 1, french ? 2 : 0, EntityType.Organization, army.Name, army.Country, army.Key);
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "clashes near Sake", "à Mirebalais", "PARAKOU, 3 mars (AFP)": a town of
    /// Data/Entities/towns.tsv (GeoNames) in a place's context, after a locative preposition or a settlement noun, or as
    /// a dateline's place. Elsewhere such a name may be a person's or a thing's, and is left to the other rules. The end
    /// of the mention, or -1.
    /// </summary>
    private int TownAt(int i, Match m)
    {
        var skip = FrenchElision.ElidedLength(_view.Keys[i]);
        if (m.Entries.Any(e => e.IsEntity || e.Kind is LexKind.Title or LexKind.FirstName or LexKind.Nationality) || !TokenKeys.StartsUpper(_view.Text(i)[skip..]))
        {
            return -1;
        }

        // "in Nov. 2024", "on Sun": a month's or a weekday's name or abbreviation is no town.
        if (Dates.DateLexicons.Months.TryGetWord(_view.Keys[i], out _) || Dates.DateLexicons.Weekdays.TryGet(_view.Text(i), out _))
        {
            return -1;
        }

        // "Mehmet Aydın ... to Aydın": the family name of a person named before is that person, not the town.
        foreach (var c in _candidates)
        {
            if (c.Type == EntityType.Person && _view.Keys[c.EndToken - 1] == _view.Keys[i])
            {
                return -1;
            }
        }

        // The longest name wins ("Port-Gentil", "Bandar Abbas"), every word of it capitalized; behind an elision ("d'Agadez")
        // a one-word name.
        (string Name, string Country) town;
        int end;
        if (skip > 0)
        {
            if (!Towns.TryGetWord(_view.Keys[i].AsSpan(skip), out town))
            {
                return -1;
            }

            end = i + 1;
        }
        else if (Towns.TryMatch(_view.Folded, _view.Tokens, i, Math.Min(_view.Count, i + 5), false, out town, out var count, out _)
            && Enumerable.Range(i, count).All(t => _view.SameSentence(i, t) && (!_view.IsWord(t) || TokenKeys.StartsUpper(_view.Text(t)) || NameParticles.IsParticle(_view.Keys[t]))))
        {
            end = i + count;
        }
        else
        {
            return -1;
        }

        // A capitalized word right after it makes a longer name the table does not hold ("Sake Holdings").
        if (_view.IsWord(end) && _view.SameSentence(i, end) && TokenKeys.StartsUpper(_view.Text(end)))
        {
            return -1;
        }

        var locative = skip > 0 && _view.Keys[i].StartsWith("d'", StringComparison.Ordinal) && i > 0 && Key(i - 1) is "près" or "environs" or "région" or "ville" or "localité" or "commune"
            || i > 0 && _view.SameSentence(i - 1, i) && (TownPrepositions.Contains(_view.Keys[i - 1]) || i > 1 && Key(i - 2) is "town" or "city" or "village" or "port" or "ville" or "localité" or "commune" && Key(i - 1) is "of" or "de");
        var dateline = TokenKeys.IsAllUpper(_view.Text(i)) && (_view.IsPunct(end, ',') || _view.IsPunct(end, '('))
            && (i == 0 || !_view.SameSentence(i - 1, i) || !_view.IsWord(i - 1));
        if (!locative && !dateline)
        {
            return -1;
        }

        Add(i, end, skip, EntityType.Location, town.Name, town.Country, "T:" + town.Name + ":" + town.Country);
        return end;
    }

    /// <summary>
    /// "the Egyptian presidency", "Israeli troops", "le gouvernement malien", "les forces de sécurité maliennes": a
    /// nationality adjective joined to a common noun of a state's institutions names that state's body (see
    /// state-bodies.tsv). The end of the mention, or -1. A pairing the gazetteer knows ("Sudanese army") is left to it.
    /// </summary>
    private int StateBody(int i, Match m)
    {
        var language = _view.Document.Language;
        if (language == "en")
        {
            if (m.Length != 1 || !TokenKeys.StartsUpper(_view.Text(i)))
            {
                return -1;
            }

            // "France's foreign ministry", "Lebanon's government": a country's possessive before the body's noun.
            var owner = NationalityOf(m) is null && _view.Text(i).EndsWith("'s", StringComparison.Ordinal)
                ? m.Entries.FirstOrDefault(e => e.Kind == LexKind.Location && e.Country is not null && EntityLexicon.IsAnyCountryKey(e.Key))
                : null;
            if ((NationalityOf(m) ?? owner?.Country) is not { } country)
            {
                return -1;
            }

            // "the Israeli defence ministry", "France's foreign ministry": a lowercase portfolio and "ministry".
            var p = i + 1;
            if (_view.IsWord(p) && _view.SameSentence(i, p) && !TokenKeys.StartsUpper(_view.Text(p)) && Lookup(p) is { Length: > 0 } portfolio
                && Has(portfolio, LexKind.Portfolio) && Key(p + portfolio.Length) == "ministry" && _view.SameSentence(i, p + portfolio.Length))
            {
                var ministryEnd = p + portfolio.Length + 1;
                var ministryCountry = (string?)country;
                var first = owner is null ? i : i + 1;
                if (owner is not null)
                {
                    AddEntry(i, m, owner);
                }

                Add(first, ministryEnd, 0, EntityType.Organization, LatinMinistryName(first, ministryEnd, ministryEnd - 1, ref ministryCountry), country);
                return ministryEnd;
            }

            foreach (var (words, english) in StateBodyHeads.GetValueOrDefault("en", []))
            {
                if (MatchesWords(i + 1, words, 0))
                {
                    var end = i + 1 + words.Length;
                    if (owner is not null)
                    {
                        AddEntry(i, m, owner);
                    }

                    Add(owner is null ? i : i + 1, end, 0, EntityType.Organization, StateBodyName(english, country), country, $"S:{country}:{english}");
                    return end;
                }
            }
        }
        else if (language == "fr" && FrenchElision.ElidedLength(_view.Keys[i]) is var skip && StateBodyFirstWords.Contains(_view.Keys[i][skip..])
            && !(m.Length > 1 && m.Entries.Any(e => e.IsEntity)))
        {
            foreach (var (words, english) in StateBodyHeads.GetValueOrDefault("fr", []))
            {
                var end = i + words.Length;
                if (MatchesWords(i, words, skip) && end < _view.Count && _view.IsWord(end) && _view.SameSentence(i, end)
                    && !TokenKeys.StartsUpper(_view.Text(end)) && Lookup(end) is { Length: 1 } adjective && NationalityOf(adjective) is { } country)
                {
                    Add(i, end + 1, skip, EntityType.Organization, StateBodyName(english, country), country, $"S:{country}:{english}");
                    return end + 1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "le palais d'El Mouradia", "le palais de la République", "l'aéroport de Mitiga": a French head noun of a building
    /// or site before a capitalized name (after "de"/"d'"/"du"/"de la" or directly) is a place, head included. The end
    /// of the mention, or -1.
    /// </summary>
    private int FrenchFacility(int i)
    {
        if (_view.Document.Language != "fr" || !FacilityHeads.TryGetValue("fr", out var heads))
        {
            return -1;
        }

        var skip = FrenchElision.ElidedLength(_view.Keys[i]);
        if (!heads.Contains(_view.Keys[i][skip..]) || TokenKeys.StartsUpper(_view.Text(i)[skip..]))
        {
            return -1;
        }

        var k = i + 1;

        // "l'hôpital national de Niamey", "le port autonome de Dakar": one adjective between the head and its name.
        if (Key(k + 1) is "de" or "du" or "d'" && _view.IsWord(k) && _view.SameSentence(i, k) && !TokenKeys.StartsUpper(_view.Text(k)) && IsFrenchAdjective(Key(k)!))
        {
            k++;
        }

        if (Key(k) is "de" or "du")
        {
            k++;
            if (Key(k) is "la")
            {
                k++;
            }
        }

        if (k >= _view.Count || !_view.IsWord(k) || !_view.SameSentence(i, k) || !(TokenKeys.StartsUpper(_view.Text(k)) || IsElidedCapital(k)))
        {
            return -1;
        }

        var end = k + 1;
        while (end < _view.Count && _view.IsWord(end) && _view.SameSentence(i, end) && TokenKeys.StartsUpper(_view.Text(end)) && !Has(Lookup(end), LexKind.Stop))
        {
            end++;
        }

        // "le palais de Carthage": a place the gazetteer knows after a palace is left to it (the seat of power is named
        // by its place, as news writes "Carthage a annoncé"); "le port de Montréal" is the port.
        if (_view.Keys[i][skip..] == "palais" && Lookup(k) is { Length: > 0 } known && k + known.Length >= end && known.Entries.Any(e => e.Kind == LexKind.Location))
        {
            return -1;
        }

        Add(i, end, skip, EntityType.Location, null, null);
        return end;
    }

    private static bool IsFacilityHead(string[] row) => row.Length < 3 || row[2].Trim() is not ("adjective" or "common");

    private static FrozenSet<string> FacilityWords(string kind) => FacilityRows
        .Where(r => r.Length > 2 && r[2].Trim() == kind)
        .Select(r => TokenKeys.Of(TextNormalizer.Fold(r[0].Trim())))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "ميناء العريش", "حقل الشرارة", "مستشفى الثورة العام", "حي المنصور", "معبر رفح البري": an Arabic head noun of a
    /// site (Data/Entities/facility-heads.tsv) in construct before a place the gazetteer knows, a person's name or an
    /// unknown word is a place, head included, as news names it; an adjective of the table after it ends the name. A
    /// common word after the head ("حقل ألغام" is read only when unknown, "بث حي على الهواء" not at all) is no name; "حي"
    /// (also "alive") takes a definite name only. The end of the mention, or -1.
    /// </summary>
    private int ArabicFacility(int i)
    {
        if (!_view.IsArabic(i))
        {
            return -1;
        }

        var key = _view.Keys[i];
        var skip = 0;
        while (skip < 2 && skip < key.Length - 2 && !ArabicFacilityHeads.Contains(key.AsSpan(skip)) && key[skip] is ArabicLetters.Waw or ArabicLetters.Fa or ArabicLetters.Beh or ArabicLetters.Lam)
        {
            skip++;
        }

        var j = i + 1;
        if (!ArabicFacilityHeads.TryGetValue(key.AsSpan(skip), out var head) || j >= _view.Count || !_view.IsWord(j) || !_view.IsArabic(j) || !_view.SameSentence(i, j) || _covered[j])
        {
            return -1;
        }

        // "معبر رفح", "معبر كرم أبو سالم": a site the gazetteer knows with its head is its own, with an adjective after
        // it ("معبر رفح البري") taken into the mention.
        var whole = Lookup(i);
        if (whole.Entries.FirstOrDefault(e => e.IsEntity) is { } site)
        {
            var siteEnd = i + whole.Length;
            if (siteEnd < _view.Count && _view.IsWord(siteEnd) && _view.SameSentence(i, siteEnd) && ArabicFacilityAdjectives.Contains(_view.Keys[siteEnd]))
            {
                Add(i, siteEnd + 1, whole.Skip, EntityType.Location, site.Name, site.Country, site.Key);
                return siteEnd + 1;
            }

            return -1;
        }

        var m = Lookup(j);
        var word = _view.Keys[j];
        var definite = ArabicPrefixes.IsDefinite(word);
        int end;
        string? name = null, country = null;
        if (m.Skip == 0 && m.Entries.FirstOrDefault(e => e.Kind is LexKind.Location or LexKind.Person) is { } known)
        {
            // "ميناء العريش", "مستشفى نبيه بري الحكومي": a place or a person the tables know names the site.
            end = j + m.Length;
            if (known.Kind == LexKind.Location)
            {
                name = $"{ArabicFacilityNouns[head]} of {known.Name}";
                country = known.Country;
            }
        }
        else if (m.Entries.Length == 0 && !ArabicPrefixes.HasPreposition(word) && !ArabicPrefixes.IsConjoinedDefinite(word) && !ArabicFacilityCommonNouns.Contains(word)
            && (definite || head != "حي" && word[0] != ArabicLetters.Yeh && !word.EndsWith(ArabicLetters.Yeh) && !word.EndsWith("يه", StringComparison.Ordinal)))
        {
            // "حقل الشرارة", "مستشفى الثورة", "حقل ظهر": an unknown word; an indefinite one ending like a nisba adjective
            // ("مستشفى ميداني", "معبر حدودي", "قاعدة عسكرية") describes the site and names none.
            end = j + 1;
        }
        else
        {
            return -1;
        }

        // "معبر جابر - نصيب", "معبر نصيب-جابر": a crossing is named by the places on its two sides.
        if (end + 1 < _view.Count && _view.IsPunct(end, '-') && _view.IsWord(end + 1) && _view.IsArabic(end + 1) && _view.SameSentence(i, end + 1)
            && Lookup(end + 1).Entries.All(e => e.Kind is LexKind.Location or LexKind.Person))
        {
            end += 2;
            name = null;
        }

        if (end < _view.Count && _view.IsWord(end) && _view.SameSentence(i, end) && ArabicFacilityAdjectives.Contains(_view.Keys[end]))
        {
            end++;
        }

        if (name is null)
        {
            var folded = string.Join(' ', _view.Keys[j..end]);
            name = $"{ArabicFacilityNouns[head]} {ArabicTransliterator.Transliterate(folded, EntityLexicon.Transliteration)}";
        }

        Add(i, end, skip, EntityType.Location, name, country, "F:" + string.Join(' ', _view.Keys[(i + 1)..end]) + ":" + head);
        return end;
    }

    // Whether the tokens from k on are the words given, in either case (the first one past an elided article).
    private bool MatchesWords(int k, string[] words, int skip)
    {
        for (var w = 0; w < words.Length; w++, skip = 0)
        {
            var t = k + w;
            if (t >= _view.Count || !_view.IsWord(t) || !_view.SameSentence(k, t) || !_view.Keys[t].AsSpan(skip).SequenceEqual(words[w]))
            {
                return false;
            }
        }

        return true;
    }

    private static string StateBodyName(string english, string country) =>
        $"{english} of {EntityLexicon.CountryNames.GetValueOrDefault(country, country)}";

    // Whether the capitalized words from token k on (three at most) include a Latin organization head.
    private bool HeadInCapitalizedRun(int k)
    {
        const int MaxWords = 3;
        for (var n = 0; n < MaxWords && _view.IsWord(k + n) && _view.SameSentence(k, k + n) && TokenKeys.StartsUpper(_view.Text(k + n)); n++)
        {
            if (Has(Lookup(k + n), LexKind.OrgHeadLatin))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The location a match names. A form shared by places of two countries ("عمان": Oman, and Amman once the
    /// shadda is folded away) is the one whose country the rest of the article names more (its places, bodies and
    /// nationality adjectives); else the first entry, which is the country when one of them is (countries load first).
    /// </summary>
    private LexEntry? Homonym(Match m)
    {
        LexEntry? first = null;
        foreach (var e in m.Entries)
        {
            if (e.Kind != LexKind.Location)
            {
                continue;
            }

            if (first is null)
            {
                first = e;
            }
            else if (e.Country is { } other && other != first.Country && CountryEvidence().GetValueOrDefault(other) > CountryEvidence().GetValueOrDefault(first.Country ?? string.Empty))
            {
                return e;
            }
        }

        return first;
    }

    /// <summary>
    /// How many tokens of the document name each country through an unambiguous place, body, nationality
    /// adjective or known office holder ("أيمن الصفدي" makes "عمان" Amman rather than Oman): the evidence <see cref="Homonym"/> and <see cref="KingdomReferences"/> weigh. Computed once.
    /// </summary>
    private Dictionary<string, int> CountryEvidence()
    {
        if (_evidence is not null)
        {
            return _evidence;
        }

        _evidence = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < _view.Count; t++)
        {
            var m = Lookup(t);
            string? code = null;
            foreach (var e in m.Entries)
            {
                if (e.Kind is not (LexKind.Location or LexKind.Organization or LexKind.Nationality or LexKind.Person) || e.Country is null)
                {
                    continue;
                }

                if (code is not null && code != e.Country)
                {
                    // A homonym is no evidence for either reading.
                    code = null;
                    break;
                }

                code = e.Country;
            }

            if (code is not null)
            {
                _evidence[code] = _evidence.GetValueOrDefault(code) + 1;
            }
        }

        return _evidence;
    }

    // A single Arabic word that is also a relational adjective ("السعودية", "الإخبارية") right after a definite noun
    // qualifies that noun ("المساعدات السعودية" = the Saudi aid): it names no place or organization there.
    private bool IsAdjectiveUse(int i, Match m)
    {
        if (m.Length != 1 || m.Skip != 0 || !_view.IsArabic(i) || !ArabicPrefixes.IsNisba(_view.Keys[i]) || !ArabicPrefixes.IsDefinite(_view.Keys[i]))
        {
            return false;
        }

        var p = i - 1;
        if (!_view.IsWord(p) || !_view.SameSentence(p, i) || !_view.IsArabic(p))
        {
            return false;
        }

        var prev = Lookup(p);
        if (prev.Entries.Any(e => e.Kind is LexKind.Stop or LexKind.Location or LexKind.Organization or LexKind.Person or LexKind.Title))
        {
            return prev.Entries.Any(e => e.Kind == LexKind.Nationality);
        }

        return ArabicPrefixes.IsDefinite(_view.Keys[p]);
    }

    private int PersonAfterTitle(int i, Match title)
    {
        var afterPerson = _view.IsArabic(i) && _candidates.Count > 0 && _candidates[^1] is { Type: EntityType.Person } previous && previous.EndToken == i;
        // "Kenyan President William Ruto", "his Tanzanian counterpart": English puts the nationality before the role.
        var country = !_view.IsArabic(i) && _view.IsWord(i - 1) && _view.SameSentence(i - 1, i) ? NationalityOf(Lookup(i - 1)) : null;
        var j = i + title.Length;
        var commas = 0;
        for (var guard = 0; guard < 10 && j < _view.Count && _view.SameSentence(i, j); guard++)
        {
            if (!_view.IsWord(j))
            {
                if (commas == 0 && (_view.IsPunct(j, ',') || _view.IsPunct(j, ArabicLetters.Comma)))
                {
                    commas++;
                    j++;
                    continue;
                }

                break;
            }

            var m = Lookup(j);
            if (m.Entries.Any(e => e.Kind == LexKind.Person))
            {
                break;
            }

            // "المتحدث العسكري باسم الجماعة": "on behalf of" may follow the role's adjective rather than the role.
            if (_view.IsArabic(j) && _view.Keys[j] == SpokenForKey)
            {
                j++;
                continue;
            }

            // "المتحدث باسم الجماعة محمد عبد السلام": after "on behalf of" the definite nouns name the body spoken for.
            if (_view.IsArabic(j) && Key(j - 1) == SpokenForKey && ArabicPrefixes.IsDefinite(_view.Keys[j]))
            {
                while (_view.IsWord(j) && _view.IsArabic(j) && ArabicPrefixes.IsDefinite(_view.Keys[j]) && !Has(Lookup(j), LexKind.Person))
                {
                    // A body the lexicon knows ("الدفاع المدني") is recognized on the way; a nationality
                    // ("باسم الخارجية الإيرانية") gives the spokesman's country.
                    var spokenFor = Lookup(j);
                    country ??= NationalityOf(spokenFor);
                    if (spokenFor.Entries.FirstOrDefault(e => e.Kind is LexKind.Organization or LexKind.Location) is { } body)
                    {
                        AddEntry(j, spokenFor, body);
                        j += spokenFor.Length;
                        continue;
                    }

                    j++;
                }

                continue;
            }

            if (NationalityOf(m) is { } nationality)
            {
                country ??= nationality;
                j += m.Length;
                continue;
            }

            if ((Has(m, LexKind.Modifier) || Has(m, LexKind.Title) || Has(m, LexKind.Portfolio)) && !TitleIsFirstName(j, m))
            {
                j += m.Length;
                continue;
            }

            // "Minister of Commerce", "ministre des Finances": the portfolio after a Latin preposition.
            if (!_view.IsArabic(j) && Key(j) is "of" or "de" or "des" or "du" or "for" && Has(Lookup(j + 1), LexKind.Portfolio))
            {
                j += 1 + Lookup(j + 1).Length;
                continue;
            }

            // "le président du Sénégal, Bassirou Diomaye Faye", "President of Kenya William Ruto": the country or body
            // the role belongs to, after a Latin preposition.
            if (!_view.IsArabic(j) && Key(j) is "of" or "de" or "du" && _view.IsWord(j + 1) && _view.SameSentence(j, j + 1) && TokenKeys.StartsUpper(_view.Text(j + 1))
                && Lookup(j + 1) is { Length: > 0 } owner && owner.Entries.FirstOrDefault(e => e.Kind is LexKind.Location or LexKind.Organization) is { } ownerEntity)
            {
                AddEntry(j + 1, owner, ownerEntity);
                country ??= ownerEntity.Country;
                j += 1 + owner.Length;
                continue;
            }

            if (Has(m, LexKind.OrgHeadConstruct) || Has(m, LexKind.OrgHeadDefinite))
            {
                var end = ArabicOrganization(j, m, out var orgCountry);
                if (end > j)
                {
                    country ??= orgCountry;
                    j = end;
                    continue;
                }

                if (_view.IsWord(j + m.Length) && Lookup(j + m.Length).Entries.Any(e => e.Kind == LexKind.Organization))
                {
                    // "الرئيس التنفيذي لشركة أرامكو أمين الناصر": the generic head before a known body.
                    j += m.Length;
                    continue;
                }
            }

            // "المبعوث الأممي إلى اليمن هانس غروندبرغ", "US ambassador to China Nicholas Burns", "l'ambassadeur de
            // France au Mali": the place or body a role is posted to, between the role and the name.
            if (PostingPrepositions.Contains(_view.Keys[j]) && _view.IsWord(j + 1) && _view.SameSentence(j, j + 1)
                && Lookup(j + 1) is { Length: > 0 } posted && posted.Entries.FirstOrDefault(e => e.Kind is LexKind.Organization or LexKind.Location) is { } postedTo
                && (_view.IsArabic(j + 1) || TokenKeys.StartsUpper(_view.Text(j + 1))))
            {
                AddEntry(j + 1, posted, postedTo);
                j += 1 + posted.Length;
                continue;
            }

            // "رئيس وزراء جمهورية الهند ناريندرا مودي": the state the role belongs to, with its noun of statehood.
            if (_view.IsArabic(j) && TryGetPastProclitics(StateNouns, j, out _, out var stateSkip) && _view.IsWord(j + 1) && _view.SameSentence(j, j + 1)
                && Lookup(j + 1) is { Length: > 0 } state && state.Entries.FirstOrDefault(e => e.Kind == LexKind.Location && EntityLexicon.IsAnyCountryKey(e.Key)) is { } stateEntry)
            {
                var stateEnd = StateAdjectiveEnd(j, j + 1 + state.Length);
                Add(j, stateEnd, stateSkip, EntityType.Location, stateEntry.Name, stateEntry.Country, stateEntry.Key);
                country ??= stateEntry.Country;
                j = stateEnd;
                continue;
            }

            var entity = m.Entries.FirstOrDefault(e => e.Kind is LexKind.Organization or LexKind.Location);
            if (entity is not null && !_view.IsArabic(j) && Key(j) is not null && !TokenKeys.StartsUpper(_view.Text(j)))
            {
                break;
            }

            if (entity is not null)
            {
                // "وزير خارجية روسيا سيرغي لافروف": the country or body the title belongs to.
                AddEntry(j, m, entity);
                country ??= entity.Country;
                j += m.Length;
                continue;
            }

            // "وزير الطاقة والثروة المعدنية صالح الخرابشة": a second portfolio joined with "و"; "رئيسة بعثة الصندوق إيفانا
            // فلادكوفا هولار": a construct noun and its definite complement ("head of the Fund's mission"). Either
            // continues the role when a name follows it (a known person too, after a portfolio); without one ("الزعيم
            // مقتدى الصدر") a construct pair is the name. A conjoined word is definite, so never a construct's first.
            var conjoined = _view.IsArabic(j) && ArabicPrefixes.IsConjoinedDefinite(_view.Keys[j]);

            // "رئيس مجلس إدارة الشركة خالد العتيبي": construct nouns may chain before the definite complement.
            var construct = j;
            while (!conjoined && construct < j + 2 && _view.IsArabic(construct) && !StartsConstruct(construct) && _view.IsWord(construct + 1)
                && _view.SameSentence(j, construct + 1) && !ArabicPrefixes.IsDefinite(_view.Keys[construct]) && !IsKnownNameWord(construct) && IsOrganizationWord(construct))
            {
                construct++;
            }

            if (construct > j && (Has(Lookup(construct), LexKind.OrgHeadConstruct) || Has(Lookup(construct), LexKind.OrgHeadDefinite)))
            {
                // "رئيس مجلس إدارة بنك الرياض": the chain ends in a body, which the next round recognizes.
                j = construct;
                continue;
            }

            if (conjoined || _view.IsArabic(construct) && StartsConstruct(construct) && (construct == j || IsOrganizationWord(construct)))
            {
                var first = conjoined ? j : construct;
                var after = first + 1;
                while (after < first + 3 && _view.IsWord(after) && _view.IsArabic(after) && ArabicPrefixes.IsDefinite(_view.Keys[after]) && !Has(Lookup(after), LexKind.Person))
                {
                    after++;
                }

                if (_view.IsWord(after) && _view.SameSentence(j, after)
                    && (conjoined && Has(Lookup(after), LexKind.Person) || IsNameToken(after, arabic: true) && !ArabicPrefixes.IsDefinite(_view.Keys[after])))
                {
                    j = after;
                    continue;
                }
            }

            // "المديرة العامة للصندوق كريستالينا غورغييفا", "رئيس الشركة خالد العتيبي", "المدير التنفيذي للشركة السعودية
            // أحمد": the body the role heads, a definite common noun (behind "لل" or not) with its adjectives, continues
            // the role when a name follows it.
            if (_view.IsArabic(j) && (ArabicPrefixes.IsLamDefinite(_view.Keys[j]) || ArabicPrefixes.HasArticle(Written(j)))
                && !IsPluralOfPeople(_view.Keys[j]) && !IsKnownNameWord(j) && IsOrganizationWord(j))
            {
                var after = j + 1;
                while (after < j + 3 && _view.IsWord(after) && _view.IsArabic(after) && ArabicPrefixes.IsDefinite(_view.Keys[after]) && IsOrganizationWord(after))
                {
                    after++;
                }

                if (_view.IsWord(after) && _view.SameSentence(j, after) && IsNameToken(after, arabic: true) && !ArabicPrefixes.IsDefinite(_view.Keys[after]))
                {
                    j = after;
                    continue;
                }

                // "منسق الإغاثة في المحافظة فؤاد العبسي": a place phrase may stand between the role's body and the name;
                // the next round reads it.
                if (Key(after) is "في" or "لدي" && LocativeBeforeName(after))
                {
                    j = after;
                    continue;
                }
            }

            // "في المحافظة فؤاد العبسي": a definite common noun after a posting preposition, then the name.
            if (_view.IsArabic(j) && Key(j) is "في" or "لدي" && LocativeBeforeName(j) && Lookup(j + 1).Entries.All(e => !e.IsEntity))
            {
                j = AdjectivesEnd(j + 2);
                continue;
            }

            // "وزيرة الانتقال الطاقي والتنمية المستدامة، ليلى بنعلي", "وزيرة الانتقال الرقمي وإصلاح الإدارة، ...": a
            // portfolio the lexicon does not know, definite words (some joined with "و"), is the role's complement when
            // a name follows it, after a comma or not.
            // (Not right after a comma, where the name itself stands, "ألكسندر" reading as definite once folded.)
            if (_view.IsArabic(j) && !IsKnownNameWord(j) && !_view.IsPunct(j - 1, ',') && !_view.IsPunct(j - 1, ArabicLetters.Comma)
                && DefiniteRunEnd(j) is var runEnd && runEnd > j)
            {
                var nameAt = _view.IsPunct(runEnd, ',') || _view.IsPunct(runEnd, ArabicLetters.Comma) ? runEnd + 1 : runEnd;
                if (_view.IsWord(nameAt) && _view.SameSentence(j, nameAt) && (IsNameToken(nameAt, arabic: true) && !ArabicPrefixes.IsDefinite(_view.Keys[nameAt])
                    || nameAt == runEnd && Key(nameAt) is "في" or "لدي" && LocativeBeforeName(nameAt)))
                {
                    j = runEnd;
                    continue;
                }
            }

            break;
        }

        // "سلطان بن محمد القاسمي حاكم الشارقة المعرض": a role right after a person's name describes that person; a
        // definite word after it is the sentence going on, not another name.
        var appositive = afterPerson && _view.IsWord(j) && ArabicPrefixes.IsDefinite(_view.Keys[j]);
        var nameEnd = !appositive && j < _view.Count && _view.SameSentence(i, j) ? CollectName(j, country, Has(title, LexKind.Counterpart) ? "counterpart" : title.Entries[0].Key) : j;
        return Math.Max(nameEnd, i + title.Length);
    }

    // "في المحافظة فؤاد", "لدى الأمم المتحدة في اليمن جوليان": after the preposition at p, a known place or body or one
    // definite common noun, then (past more such phrases) a word that can open a name.
    // Past the definite adjectives of a common noun in a role's place or field phrase ("الباحث في الشأن السياسي إحسان
    // الشمري", "في الشأن العراقي"): at most two, none a known name word, title or entity of its own.
    private int AdjectivesEnd(int q)
    {
        const int MaxAdjectives = 2;
        for (var n = 0; n < MaxAdjectives && _view.IsWord(q) && _view.IsArabic(q) && _view.SameSentence(q - 1, q) && ArabicPrefixes.IsDefinite(_view.Keys[q])
            && !IsKnownNameWord(q) && !Lookup(q).Entries.Any(e => e.IsEntity || e.Kind is LexKind.Title or LexKind.Person or LexKind.Stop); n++)
        {
            q++;
        }

        return q;
    }

    private bool LocativeBeforeName(int p)
    {
        for (var hops = 0; hops < 3 && Key(p) is "في" or "لدي"; hops++)
        {
            var q = p + 1;
            if (!_view.IsWord(q) || !_view.IsArabic(q) || !_view.SameSentence(p, q))
            {
                return false;
            }

            var m = Lookup(q);
            if (m.Entries.Any(e => e.Kind is LexKind.Location or LexKind.Organization))
            {
                q += m.Length;
            }
            else if (ArabicPrefixes.IsDefinite(_view.Keys[q]) && IsOrganizationWord(q) && !IsKnownNameWord(q))
            {
                q = AdjectivesEnd(q + 1);
            }
            else
            {
                return false;
            }

            if (_view.IsWord(q) && _view.SameSentence(p, q) && IsNameToken(q, arabic: true) && !ArabicPrefixes.IsDefinite(_view.Keys[q]) && Key(q) is not ("في" or "لدي"))
            {
                return true;
            }

            p = q;
        }

        return false;
    }

    /// <summary>Collects the name at <paramref name="j"/>; returns the index after it (or j when there is none).</summary>
    private int CollectName(int j, string? country, string? titleKey, int minimum = 1)
    {
        // "Martin Luther King Jr.": a generational suffix after a title-like word starts no name.
        if (!_view.IsWord(j) || GenerationalSuffixes.Contains(_view.Keys[j]))
        {
            return j;
        }

        var m = Lookup(j);
        var known = m.Entries.FirstOrDefault(e => e.Kind == LexKind.Person);
        if (known is not null && !IsAliasInLongerName(j, m, known))
        {
            return AddEntry(j, m, known, titleKey);
        }

        var arabic = _view.IsArabic(j);

        // "أعلن الأمين العام ترحيبه", "جدد الوزير دعمه": an unknown first word written with a possessive pronoun (heh, not
        // teh marbuta) is a noun ("his welcome"), not a name ("عبدالله" and the other names of God's servants aside).
        if (arabic && m.Entries.Length == 0 && _view.Keys[j].Length > 3 && !_view.Keys[j].StartsWith("ال", StringComparison.Ordinal)
            && (Written(j).EndsWith(ArabicLetters.Heh) && !_view.Keys[j].EndsWith("الله", StringComparison.Ordinal)
                || _view.Keys[j].Length > 4 && _view.Keys[j].EndsWith("ات", StringComparison.Ordinal)))
        {
            // (Nor is an unknown feminine plural: "بحث مع نظيره التركي تطورات الأوضاع" names the matter discussed.)
            return j;
        }

        if (arabic && titleKey is not null && RoyalTitles.Contains(titleKey) && EarlierPersonByGivenName(j) is { } royal)
        {
            // "وأكد الشيخ تميم دعم قطر": a royal named again by title and given name is the one named in full before;
            // the word after the given name is the sentence going on.
            Add(j, j + 1, 0, EntityType.Person, royal.Name, royal.Country, royal.Key, titleKey);
            return j + 1;
        }

        var k = j;
        var count = 0;
        while (k < _view.Count && count < MaxNameTokens && _view.SameSentence(j, k) && _view.IsWord(k))
        {
            var key = _view.Keys[k];
            var connector = k > j && NameParticles.IsPersonParticle(key);
            if (arabic && (k - j >= 2 && (StartsConstruct(k) || StartsAccusativePhrase(k)) || k == j && StartsAccusativePhrase(k)))
            {
                // An object after the name; or, first, the object itself ("تلقى سمو الأمير اتصالا هاتفيا"): no name.
                break;
            }

            if (arabic && Quotes.ReportingVerbs.IsReporting(_view, k))
            {
                break; // "الرئيس قال", "وزير الخارجية أكد": the verb after a role is no part of a name
            }

            if (arabic && k - j >= 2 && ArabicPrefixes.IsDefinite(_view.Keys[k - 1]) && ArabicPrefixes.IsDefinite(key) && key[^1] != ArabicLetters.Yeh
                && !IsKnownNameWord(k) && !IsCompoundSecond(k))
            {
                // "وائل السقا النتائج", "خالد العتيبي النتائج": after a definite family name, a definite word that is no
                // nisba ("العلي", "القاسمي") is the verb's object, not a second family name.
                break;
            }

            if (arabic && k - 2 >= j && IsPatronymicWord(k - 2) && ArabicPrefixes.IsDefinite(key) && key[^1] != ArabicLetters.Yeh && !IsKnownNameWord(k)
                && !IsCompoundSecond(k) && (ObjectNouns.Contains(key) || Lookup(k).Entries.Length > 0))
            {
                // "استقبل كريم بن عمر الوفد": after "بن X" a common word the tables know, or one that receives a visit, is
                // the verb's object; an unknown definite word is the family name ("القاسمي", "الربيعة", "المعلا").
                break;
            }

            if (arabic && k - 3 >= j && IsPatronymicWord(k - 3) && ArabicPrefixes.IsDefinite(_view.Keys[k - 1]) && !NameParticles.IsPersonParticle(key))
            {
                break; // "سعود بن صقر القاسمي الوفد": the family name after "بن X" ends the name
            }

            if (!connector)
            {
                if (!IsNameToken(k, arabic) && !(k > j && !arabic && IsNameWordAfterParticle(k)) && !IsNisbaSurname(j, k, arabic, country)
                    && !(!arabic && k - j >= 2 && IsEntityWordEndingName(k)))
                {
                    // "مازن القاضي", "محمد الأمين": a one-word definite title right after a known given name, with no
                    // name after it, is the family name.
                    if (arabic && k == j + 1 && IsKnownNameWord(j) && ArabicPrefixes.IsDefinite(key) && Lookup(k) is { Length: 1 } titleWord && Has(titleWord, LexKind.Title)
                        && !(_view.IsWord(k + 1) && _view.SameSentence(k, k + 1) && IsNameToken(k + 1, arabic: true)))
                    {
                        k++;
                        count++;
                    }

                    break;
                }
            }

            k++;

            // Particles ("Luiz Inácio Lula da Silva", "Ursula von der Leyen", "سعود بن عبد الرحمن آل ثاني") do not use up
            // the name's length.
            if (!connector)
            {
                count++;
            }
        }

        while (k > j && NameParticles.IsPersonParticle(_view.Keys[k - 1]))
        {
            k--;
        }

        if (k - j < minimum)
        {
            return j;
        }

        var personKey = "U:" + string.Join(' ', _view.Keys[j..k]);
        Add(j, k, 0, EntityType.Person, null, country, personKey, titleKey);
        return k;
    }

    // "التقى الوزير خالد عبد الرحيم وفدا أوروبيا": an indefinite noun in the accusative ("-ا") and its nisba adjective
    // agreeing with it ("-يا") are the verb's object after the name ("a European delegation", "اتصالا هاتفيا"), unless
    // the first is a known name word.
    private bool StartsAccusativePhrase(int k)
    {
        if (!_view.IsWord(k + 1) || !_view.SameSentence(k, k + 1) || !_view.IsArabic(k + 1) || IsKnownNameWord(k))
        {
            return false;
        }

        var noun = _view.Keys[k];
        var adjective = _view.Keys[k + 1];
        return noun.Length > 2 && noun[^1] == ArabicLetters.Alef && !ArabicPrefixes.IsDefinite(noun)
            && adjective.Length > 3 && adjective[^1] == ArabicLetters.Alef && adjective[^2] == ArabicLetters.Yeh;
    }

    // "طالب المبعوث رمطان لعمامرة طرفي النزاع": an indefinite word followed by a definite one is a construct noun
    // ("the two sides of the conflict"), the object after the name, unless one of them is a known name word or the
    // definite one is a family name by its nisba ending ("البديوي"); names hold such pairs only as known compounds
    // ("عبد الرحمن").
    private bool StartsConstruct(int k)
    {
        // (A function word opens no construct: "قال الوزير إن الوضع هادئ" has no "head of the situation".)
        if (!_view.IsWord(k + 1) || !_view.SameSentence(k, k + 1) || !_view.IsArabic(k + 1)
            || ArabicPrefixes.IsDefinite(_view.Keys[k]) || !ArabicPrefixes.IsDefinite(_view.Keys[k + 1]) || IsKnownNameWord(k) || IsKnownNameWord(k + 1)
            || Has(Lookup(k), LexKind.Stop))
        {
            return false;
        }

        var next = _view.Text(k + 1);
        return !(next.EndsWith("ي") || next.EndsWith("ى") || next.EndsWith("يه") || next.EndsWith("ية"));
    }

    // "جمهورية باكستان الإسلامية", "جمهورية الصين الشعبية": the adjective of a state's official name, after a noun of
    // statehood, belongs to the name.
    private int StateAdjectiveEnd(int nounAt, int end) =>
        _view.IsWord(end) && _view.SameSentence(end - 1, end) && TryGetPastProclitics(StateNouns, nounAt, out _, out _)
        && Key(end) is "الاسلاميه" or "العربيه" or "الشعبيه" or "الديمقراطيه" or "الاتحاديه" or "الهاشميه" or "المتحده" or "الاشتراكيه" or "الفيدراليه"
            ? end + 1
            : end;

    // The end of a run of definite Arabic words (up to six, "والتنمية" included, and a construct joined with "و":
    // "وإصلاح الإدارة") from k, stopping at a known person.
    private int DefiniteRunEnd(int k)
    {
        const int MaxWords = 6;
        var end = k;
        while (end < k + MaxWords && _view.IsWord(end) && _view.SameSentence(k, end) && _view.IsArabic(end) && !Has(Lookup(end), LexKind.Person))
        {
            var key = _view.Keys[end];
            if (ArabicPrefixes.IsDefinite(key) || ArabicPrefixes.IsConjoinedDefinite(key))
            {
                end++;
            }
            else if (key.Length > 3 && key[0] == ArabicLetters.Waw && _view.IsWord(end + 1) && _view.SameSentence(end, end + 1) && ArabicPrefixes.IsDefinite(_view.Keys[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a one-word Arabic title ("سلطان", "أمير") is a given name here: "بن"/"بنت" follows it, which only a
    /// name does ("سلطان بن محمد", but "السلطان هيثم", "أمير قطر").
    /// </summary>
    private bool TitleIsFirstName(int k, Match m) =>
        m.Length == 1 && _view.IsArabic(k) && !ArabicPrefixes.IsDefinite(_view.Keys[k]) && _view.IsWord(k + 1) && _view.SameSentence(k, k + 1)
        && IsPatronymicWord(k + 1);

    // "بن", "بنت", "ابن": the words that join a given name to the father's in an Arabic patronymic chain.
    private bool IsPatronymicWord(int t) => Key(t) is "بن" or "بنت" or "ابن";

    /// <summary>
    /// The end of a known person's name with the rest of its Arabic patronymic chain: the lexicon has "محمد بن سلمان",
    /// the text writes "محمد بن سلمان بن عبدالعزيز" or "فيصل بن فرحان آل سعود", and the mention is the whole chain.
    /// ("آل" folds to "ال" as a word of its own.)
    /// </summary>
    private int PatronymicEnd(int end)
    {
        while (_view.IsWord(end) && _view.IsWord(end + 1) && _view.SameSentence(end - 1, end + 1) && _view.IsArabic(end)
            && (IsPatronymicWord(end) || Key(end) is "آل" or "ال") && !_covered[end] && !_covered[end + 1] && IsNameToken(end + 1, arabic: true))
        {
            end += 2;
        }

        return end;
    }

    // The person of two words or more named before token j whose given name is the word at j.
    private EntityCandidate? EarlierPersonByGivenName(int j)
    {
        for (var n = _candidates.Count - 1; n >= 0; n--)
        {
            var c = _candidates[n];
            if (c.Type == EntityType.Person && c.EndToken - c.FirstToken >= 2 && c.EndToken <= j && _view.Keys[c.FirstToken] == _view.Keys[j])
            {
                return c;
            }
        }

        return null;
    }

    // "نور الدين", "عبد الرحمن": the second word of a known compound name.
    // (The set of second words is checked first: the pair is built only for the few words that can end one.)
    private bool IsCompoundSecond(int k) =>
        k > 0 && _view.IsWord(k - 1) && _view.SameSentence(k - 1, k) && CompoundSecondLookup.Contains(_view.Text(k))
        && NameWordLookup.ContainsKey(string.Concat(_view.Text(k - 1), " ", _view.Text(k)));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundSecondLookup =
        EntityLexicon.CompoundSecondWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsKnownNameWord(int k) =>
        NameWordLookup.ContainsKey(_view.Text(k)) || Lookup(k).Entries.Any(e => e.Kind is LexKind.FirstName or LexKind.Person);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameWordLookup =
        EntityLexicon.NameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a known person matched by a one-word alias ("Abbas" for Mahmoud Abbas, "عباس") is instead the first word
    /// of another name: a name word follows it that is not the known person's ("Abbas Araqchi", "عباس عراقجي").
    /// </summary>
    private bool IsAliasInLongerName(int j, Match m, LexEntry known)
    {
        if (m.Length != 1 || !known.Name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var next = j + 1;
        if (!_view.IsWord(next) || !_view.SameSentence(j, next) || _view.IsArabic(next) != _view.IsArabic(j))
        {
            return false;
        }

        var after = Lookup(next);
        if (after.Entries.Any(e => e.IsEntity || e.Kind is LexKind.Stop or LexKind.Title or LexKind.Nationality))
        {
            return false;
        }

        return _view.IsArabic(j) ? IsNameToken(next, arabic: true) && !ArabicPrefixes.IsDefinite(_view.Keys[next]) : TokenKeys.StartsUpper(_view.Text(next)) && IsNameToken(next, arabic: false);
    }

    // "رئيس الوزراء العراقي محمد شياع السوداني": after two name words, a nationality adjective of another country than the
    // one the title gave is a family name (al-Sudani, al-Masri, al-Iraqi), not the person's nationality.
    private bool IsNisbaSurname(int first, int k, bool arabic, string? country) =>
        arabic && country is not null && k - first >= 2 && ArabicPrefixes.IsDefinite(_view.Keys[k])
        && Lookup(k) is { Length: 1 } m && NationalityOf(m) is { } nationality && nationality != country;

    private bool IsNameToken(int k, bool arabic)
    {
        if (_view.IsArabic(k) != arabic)
        {
            return false;
        }

        var m = Lookup(k);

        foreach (var e in m.Entries)
        {
            // "فاي" is not "أي" behind a conjunction: a clue word of two letters read past a proclitic stops no name.
            if (e.Kind == LexKind.Stop && arabic && m.Skip > 0 && _view.Keys[k].Length - m.Skip <= 2)
            {
                continue;
            }

            if (e.Kind == LexKind.Title && TitleIsFirstName(k, m))
            {
                continue;
            }

            // "محمد علي اللامي", "زياد علي فاضل": folding makes "علي" (Ali) the preposition "على"; written with yeh right after
            // a given name, it is the father's name.
            if (e.Kind == LexKind.Stop && arabic && m.Skip == 0 && _view.Keys[k] == "علي" && Written(k).EndsWith(ArabicLetters.Yeh) && k > 0 && _view.SameSentence(k - 1, k)
                && IsKnownNameWord(k - 1))
            {
                continue;
            }

            if (e.Kind is LexKind.Stop or LexKind.Title or LexKind.Counterpart or LexKind.Modifier or LexKind.Postposed or LexKind.Nationality
                or LexKind.Portfolio or LexKind.OrgHeadConstruct or LexKind.OrgHeadDefinite or LexKind.OrgHeadLatin or LexKind.Location or LexKind.Organization)
            {
                // A first name that is also a clue word ("Li") still counts when spelled as a name.
                if (e.Kind == LexKind.Stop && !arabic && Has(m, LexKind.FirstName))
                {
                    continue;
                }

                return false;
            }
        }

        var key = _view.Keys[k];
        if (arabic)
        {
            if (IsCompoundSecond(k))
            {
                return true;
            }

            // Prepositions and conjunctions before an article ("بالعلاقات", "والرئيس") never start a name word.
            // Definite plurals ("المسلحين", "المسؤولون") are common nouns, never part of a name.
            if (ArabicPrefixes.IsDefinite(key) && key.Length > 4 && (key.EndsWith("ين", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal) || key.EndsWith("ات", StringComparison.Ordinal)))
            {
                return false;
            }

            // A noun with teh marbuta and a possessive pronoun ("خارجيتها", "حكومته" is not: it ends in the pronoun alone)
            // is a common noun: "متحدث باسم خارجيتها" (a spokesman for its foreign ministry) names nobody.
            if (key.Length > 4 && (key.EndsWith("تها", StringComparison.Ordinal) || key.EndsWith("تهم", StringComparison.Ordinal) || key.EndsWith("تهما", StringComparison.Ordinal)))
            {
                return false;
            }

            // "بقصر القضيبية", "في مستشفى": a preposition joined to the noun of a building or site opens a place, no name.
            if (key.Length > 3 && key[0] is ArabicLetters.Beh or ArabicLetters.Lam && SiteNouns.Contains(key[1..]))
            {
                return false;
            }

            return !ArabicPrefixes.HasPreposition(key) && !ArabicPrefixes.IsConjoinedDefinite(key);
        }

        return TokenKeys.StartsUpper(_view.Text(k));
    }

    // "Thérèse Kayikwamba Wagner": after two name words, a capitalized word that is also a one-word name of a body or
    // place ("Wagner") and ends the name (no capitalized word after it) is the family name.
    private bool IsEntityWordEndingName(int k)
    {
        var m = Lookup(k);
        return m.Length == 1 && TokenKeys.StartsUpper(_view.Text(k)) && m.Entries.Any(e => e.Kind is LexKind.Organization or LexKind.Location)
            && m.Entries.All(e => e.Kind is LexKind.Organization or LexKind.Location or LexKind.FirstName)
            && !(_view.IsWord(k + 1) && _view.SameSentence(k, k + 1) && TokenKeys.StartsUpper(_view.Text(k + 1)));
    }

    // "Bruno Le Maire", "al-Sisi": a capitalized word after a particle is a surname even when it is also a title or
    // clue word ("Maire"); a place or an organization there ("Jean Dupont de Marseille") is not.
    private bool IsNameWordAfterParticle(int k)
    {
        if (NameParticles.IsPrefixedName(_view.Text(k)))
        {
            return true;
        }

        if (!NameParticles.IsPersonParticle(_view.Keys[k - 1]) || !TokenKeys.StartsUpper(_view.Text(k)))
        {
            return false;
        }

        return IsSurnameAfterParticle(k);
    }

    // A capitalized word after a particle that can be a surname: not a place, an organization, a ministry's portfolio
    // or an organization's head ("Jean Dupont de la Santé", "Pierre Martin de Marseille" end before the particle).
    private bool IsSurnameAfterParticle(int k)
    {
        var m = Lookup(k);
        return !m.Entries.Any(e => e.Kind is LexKind.Stop or LexKind.Location or LexKind.Organization or LexKind.Portfolio or LexKind.OrgHeadLatin or LexKind.Nationality)
            || Has(m, LexKind.FirstName) && !m.Entries.Any(e => e.IsEntity);
    }

    // "وقال ريان هاس ...": an unknown name of at least two words right after a reporting verb is its subject.
    private int ArabicNameAfterReportingVerb(int i, Match m)
    {
        if (!Quotes.ReportingVerbs.IsReporting(_view, i))
        {
            return i + 1;
        }

        var j = i + 1;
        if (!_view.IsWord(j) || ArabicPrefixes.IsDefinite(_view.Keys[j]) || IsCommonNounPhrase(j))
        {
            return i + 1;
        }

        return Math.Max(CollectName(j, null, null, minimum: 2), i + 1);
    }

    /// <summary>
    /// Whether the indefinite words after a reporting verb are a common noun phrase, not an untitled name: a sound
    /// feminine plural ("تقديرات أممية", "منظمات حقوقية") or a noun with an indefinite feminine nisba adjective among
    /// the next two words ("وسائل إعلام محلية", "مصادر طبية"), unless the first word is a known name word.
    /// </summary>
    private bool IsCommonNounPhrase(int j)
    {
        if (IsKnownNameWord(j))
        {
            return false;
        }

        var first = _view.Keys[j];
        if (first.Length > 4 && first.EndsWith("ات", StringComparison.Ordinal))
        {
            return true;
        }

        for (var k = j + 1; k <= j + 2 && _view.IsWord(k) && _view.SameSentence(j, k) && _view.IsArabic(k); k++)
        {
            var key = _view.Keys[k];
            if (key.Length > 3 && !ArabicPrefixes.IsDefinite(key) && (key.EndsWith("ية", StringComparison.Ordinal) || key.EndsWith("يه", StringComparison.Ordinal)) && !IsKnownNameWord(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An Arabic organization built on a head noun: "دائرة الإحصاءات العامة", "مجلس السيادة السوداني",
    /// "معهد بروكينغز", "الحكومة الصينية". Returns the index after it, or <paramref name="i"/> when the head stands alone.
    /// </summary>
    private int ArabicOrganization(int i, Match head, out string? country)
    {
        country = null;
        var definite = Has(head, LexKind.OrgHeadDefinite) && !Has(head, LexKind.OrgHeadConstruct);
        var headEntry = head.Entries.First(e => e.Kind is LexKind.OrgHeadConstruct or LexKind.OrgHeadDefinite);
        var j = i + head.Length;
        if (_view.Keys[i].EndsWith(MovementKey, StringComparison.Ordinal) && _view.IsWord(j) && TrafficNouns.Contains(_view.Keys[j]))
        {
            return i; // "حركة الشحن عبر قناة السويس": shipping traffic
        }

        var complements = 0;
        while (j < _view.Count && complements < 4 && _view.SameSentence(i, j) && _view.IsWord(j) && _view.IsArabic(j))
        {
            var key = _view.Keys[j];
            var m = Lookup(j);
            if (Has(m, LexKind.Stop) || Has(m, LexKind.Title) || Has(m, LexKind.Counterpart) || Has(m, LexKind.Modifier) || ArabicPrefixes.HasPreposition(key)
                || key.Length > 3 && key[0] is ArabicLetters.Waw or ArabicLetters.Fa && key[1] == ArabicLetters.Alef && key[2] == ArabicLetters.Lam
                || m.Entries.Any(e => e.Kind == LexKind.Person))
            {
                break;
            }

            if (complements == 0 && m.Entries.Any(e => e.Kind == LexKind.Organization))
            {
                // "شركة أرامكو السعودية": the head is a generic word before a body the lexicon knows, which the scan
                // takes next under its own name.
                return i;
            }

            var isDefinite = ArabicPrefixes.IsDefinite(key);
            if (NationalityOf(m) is { } nationality)
            {
                if (complements == 0 && !definite && !isDefinite)
                {
                    return i; // "شركة هندية", "بنك مصري": an Indian company, an Egyptian bank; no body is named
                }

                country = nationality;
                j += m.Length;
                complements++;

                // "مجلس التنسيق البحريني البريطاني", "اللجنة العليا الأردنية السورية المشتركة": a bilateral body names
                // both states, and may call itself joint.
                if (_view.IsWord(j) && _view.SameSentence(i, j) && Lookup(j) is { Length: > 0 } second && NationalityOf(second) is { } other && other != nationality
                    && ArabicPrefixes.IsDefinite(_view.Keys[j]))
                {
                    j += second.Length;
                    if (_view.IsWord(j) && _view.SameSentence(i, j) && _view.Keys[j] is "المشترك" or "المشتركه")
                    {
                        j++;
                    }
                }

                break;
            }

            if (complements == 0 && !definite && !isDefinite && key.Length > 3 && key[^1] == ArabicLetters.Yeh && !Has(m, LexKind.FirstName)
                && !m.Entries.Any(e => e.IsEntity) && !(_view.IsWord(j + 1) && _view.SameSentence(j, j + 1) && ArabicPrefixes.IsDefinite(_view.Keys[j + 1])))
            {
                // "مركز إقليمي", "صندوق ائتماني": a head with an indefinite nisba adjective is a common noun phrase. (A
                // construct plural before its genitive, "مجلس مفوضي الهيئة", ends in "ي" too, and goes on.)
                return i;
            }

            if (complements == 0 && !definite && Has(m, LexKind.Portfolio))
            {
                // "وزارة الخارجية المجتمع الدولي": a ministry's portfolio completes its name; what follows is the verb's
                // object, unless it is a second portfolio or the ministry's nationality ("وزارة الصحة المغربية"), both
                // taken after the loop.
                j += m.Length;
                complements++;
                break;
            }

            if (definite)
            {
                // After a definite head only adjectives follow: the first must be relational ("الفنية", "الاحصائي").
                if (!isDefinite || complements == 0 && !ArabicPrefixes.IsNisba(key) && !BodyAdjectives.Contains(key))
                {
                    break;
                }
            }
            else if (!isDefinite)
            {
                // An indefinite word right after the head is a proper name ("معهد بروكينغز"); later ones end it, and so
                // does a feminine one ("حكومة جديدة", "منظمة دولية"): an adjective agreeing with the head, not a name.
                if (complements > 0 || m.Entries.Any(e => e.Kind == LexKind.Location) || key.Length < 3 || key[^1] == ArabicLetters.Heh)
                {
                    break;
                }
            }

            var location = m.Entries.FirstOrDefault(e => e.Kind == LexKind.Location);
            if (location is not null)
            {
                country ??= location.Country;
            }

            j += Math.Max(m.Length, 1);
            complements++;
        }

        if (complements == 0)
        {
            return i;
        }

        // "وزارة التخطيط والتنمية الاقتصادية", "وزارة الصحة والسكان": a second portfolio joined with "و" after the first.
        if (Has(Lookup(i + head.Length), LexKind.Portfolio) && _view.IsWord(j) && _view.SameSentence(i, j) && _view.IsArabic(j)
            && ArabicPrefixes.IsConjoinedDefinite(_view.Keys[j]) && Lookup(j) is var joined && Has(joined, LexKind.Portfolio))
        {
            j += joined.Length;
        }

        j = LamComplement(i, j);

        // "الوكالة الوطنية للإعلام اللبنانية": a nationality after the genitive is the body's country.
        if (country is null && _view.IsWord(j) && _view.SameSentence(i, j) && Lookup(j) is { Length: 1 } after && NationalityOf(after) is { } bodyNationality)
        {
            country = bodyNationality;
            j++;
        }

        Add(i, j, head.Skip, EntityType.Organization, OrganizationName(i, head, j, headEntry.Name, country), country);
        return BracketAlias(j, _candidates[^1].Key, _candidates[^1].Name, country);
    }

    /// <summary>
    /// "الجهاز المركزي للتعبئة العامة والإحصاء", "المؤسسة العامة للبترول", "الهيئة العامة للاستثمار والمناطق الحرة":
    /// a body's name of common words goes on with a genitive after "لل" and the definite adjectives and coordinated
    /// nouns after it. Not a plural of people ("قالت الوزارة للصحفيين" = told the reporters), nor a named entity, a
    /// role or a clue word (dates, function words). Returns the new end.
    /// </summary>
    private int LamComplement(int i, int j)
    {
        const int MaxWordsAfterLam = 3;
        // A body named by a proper name ("معهد بروكينغز") ends with it; only a name of common words goes on.
        if (!_view.IsWord(j) || !_view.SameSentence(i, j) || !_view.IsArabic(j) || !IsOrganizationWord(j) || j - 1 <= i || !ArabicPrefixes.IsDefinite(_view.Keys[j - 1]))
        {
            return j;
        }

        var key = _view.Keys[j];
        if (!ArabicPrefixes.IsLamDefinite(key) || IsPluralOfPeople(key))
        {
            return j;
        }

        var end = j + 1;
        for (var words = 0; words < MaxWordsAfterLam && _view.IsWord(end) && _view.SameSentence(i, end) && _view.IsArabic(end) && IsOrganizationWord(end); words++)
        {
            var next = _view.Keys[end];
            var coordinated = next.Length > 4 && ArabicPrefixes.IsConjoinedDefinite(next);
            if (!coordinated && !(ArabicPrefixes.IsDefinite(next) && !ArabicPrefixes.HasPreposition(next)))
            {
                break;
            }

            end++;
        }

        return end;
    }

    // The token as written in the original text, before folding took the hamza off its alef.
    private ReadOnlySpan<char> Written(int k)
    {
        var span = _view.Document.ToOriginal(_view.Tokens[k].Start, _view.Tokens[k].End);
        return _view.Document.Original.AsSpan(span.Start, span.Length);
    }

    // A sound masculine plural ("للصحفيين", "للمواطنين"): people the words are addressed to, not a body.
    private static bool IsPluralOfPeople(string key) =>
        key.EndsWith("ين", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal);

    // A word that can continue an organization's name: no clue word, role, person, place or nationality.
    private bool IsOrganizationWord(int k)
    {
        var m = Lookup(k);
        return !m.Entries.Any(e => e.Kind is LexKind.Stop or LexKind.Title or LexKind.Counterpart or LexKind.Modifier or LexKind.Person
            or LexKind.Location or LexKind.Nationality or LexKind.Organization);
    }

    private string OrganizationName(int i, Match head, int end, string headName, string? country)
    {
        if (country is not null && end - i - head.Length == 1 && Has(Lookup(end - 1), LexKind.Nationality))
        {
            return $"{headName} of {EntityLexicon.CountryNames.GetValueOrDefault(country, country)}";
        }

        // "وزارة الصحة", "وزارة الخارجية السعودية": a portfolio is named in English, with the country of a nationality
        // after it, rather than transliterated ("Ministry al-Shh").
        var first = i + head.Length;
        var portfolio = Lookup(first).Entries.FirstOrDefault(e => e.Kind == LexKind.Portfolio);
        if (portfolio is not null)
        {
            var after = first + portfolio.Tokens.Length;
            if (after == end)
            {
                return $"{headName} of {portfolio.Name}";
            }

            if (after < end && Lookup(after) is var joined && joined.Entries.FirstOrDefault(e => e.Kind == LexKind.Portfolio) is { } second && after + joined.Length == end)
            {
                return $"{headName} of {portfolio.Name} and {second.Name}";
            }

            if (country is not null && after == end - 1 && Has(Lookup(end - 1), LexKind.Nationality))
            {
                return $"{headName} of {portfolio.Name} of {EntityLexicon.CountryNames.GetValueOrDefault(country, country)}";
            }
        }

        var rest = string.Join(' ', _view.Keys[(i + head.Length)..end]);
        return $"{headName} {ArabicTransliterator.Transliterate(rest, EntityLexicon.Transliteration)}";
    }

    /// <summary>"X (Y)": a bracketed abbreviation or short name after an organization is another mention of it.</summary>
    private int BracketAlias(int end, string key, string name, string? country)
    {
        if (!_view.IsPunct(end, '('))
        {
            return end;
        }

        var close = end + 1;
        while (close < _view.Count && close <= end + 4 && !_view.IsPunct(close, ')'))
        {
            close++;
        }

        if (close >= _view.Count || !_view.IsPunct(close, ')') || close == end + 1 || !_view.SameSentence(end, close))
        {
            return end;
        }

        var inner = Lookup(end + 1);
        var other = inner.Entries.FirstOrDefault(e => e.IsEntity);
        if (other is not null && other.Key != key || !_view.IsWord(end + 1))
        {
            return end;
        }

        Add(end + 1, close, 0, EntityType.Organization, name, country, key);
        return close + 1;
    }

    /// <summary>
    /// A run of capitalized Latin words: an organization when it holds a head noun ("State Bank of Pakistan",
    /// "Assemblée nationale", "ministère des Finances"), a person when it starts with a known given name or stands
    /// where a name is expected (after "by", between commas, before "said").
    /// </summary>
    private int LatinChunk(int i, Match m)
    {
        var key = _view.Keys[i];
        var skip = FrenchElision.ElidedLength(key);
        var stem = skip > 0 ? key[skip..] : key;
        var text = _view.Text(i)[skip..];
        var headAt = Has(m, LexKind.OrgHeadLatin) ? i : -1;
        var lowerMinistry = stem is "ministère" or "ministry";
        if (!TokenKeys.StartsUpper(text) && !lowerMinistry || Has(m, LexKind.Stop) && !Has(m, LexKind.FirstName) && headAt < 0)
        {
            return i + 1;
        }

        // "Lagos-based Cordros Securities", "Iran-backed militias": a place joined to a participle describes what
        // follows; the name starts after it.
        if (ParticipleDash(i) > 0)
        {
            return i + 1;
        }

        var j = i + 1;
        var connectors = 0;
        var particles = 0;
        var firstConnector = -1;
        string? orgCountry = null;
        while (j < _view.Count && _view.SameSentence(i, j) && (_view.IsWord(j) || IsPortfolioListComma(headAt, j)))
        {
            if (!_view.IsWord(j))
            {
                j++;
                continue;
            }

            var k = _view.Keys[j];
            var mj = Lookup(j);
            if ((TokenKeys.StartsUpper(_view.Text(j)) || headAt >= 0 && IsElidedCapital(j)) && !(Has(mj, LexKind.Stop) && !Has(mj, LexKind.OrgHeadLatin)) && !Has(mj, LexKind.Title))
            {
                if (Has(mj, LexKind.OrgHeadLatin))
                {
                    headAt = j;
                }

                j++;
                continue;
            }

            // "Charles de Gaulle", "Ursula von der Leyen", "Marine Le Pen", "Abdel Fattah al-Sisi": particles inside a
            // name when a capitalized name word follows in the same sentence with no punctuation between (so a
            // sentence-initial "Le" is never glued to the name before it). The article "Le"/"La" only after a given name.
            var p = j;
            var article = false;
            while (p < _view.Count && _view.IsWord(p) && NameParticles.IsPersonParticle(_view.Keys[p]) && !TokenKeys.IsArabic(_view.Text(p)))
            {
                article |= !NameParticles.IsParticle(_view.Keys[p]);
                p++;
            }

            if (p > j && _view.IsWord(p) && _view.SameSentence(j, p) && (!article || Has(Lookup(j - 1), LexKind.FirstName))
                && (TokenKeys.StartsUpper(_view.Text(p)) && IsSurnameAfterParticle(p) || NameParticles.IsPrefixedName(_view.Text(p))))
            {
                particles++;
                j = p + 1;
                continue;
            }

            if (j > i && NameParticles.IsPrefixedName(_view.Text(j)))
            {
                particles++;
                j++;
                continue;
            }

            // "of", "de la" inside a name, only when a capitalized word follows.
            var c = j;
            while (c < _view.Count && ChunkConnectors.Contains(_view.Keys[c]))
            {
                c++;
            }

            // Not before a capitalized clue word: "the ministry on Friday", "Committee of The" end at the connector.
            if (c > j && c < _view.Count && _view.IsWord(c) && (TokenKeys.StartsUpper(_view.Text(c)) || IsElidedCapital(c)) && _view.SameSentence(j, c)
                && !(Has(Lookup(c), LexKind.Stop) && !Has(Lookup(c), LexKind.OrgHeadLatin) && !Has(Lookup(c), LexKind.FirstName)))
            {
                // "Brian Mundubile of the Tonse Alliance", "Mohammed bin Salman of Saudi Arabia": a given name and a
                // surname before "of" are a person, and what follows is the body or place they belong to.
                if (connectors == 0 && headAt < 0 && j - i >= 2 && Has(Lookup(i), LexKind.FirstName) && !Lookup(i).Entries.Any(e => e.IsEntity)
                    && _view.Keys[j] is "of" or "de" or "du")
                {
                    break;
                }

                if (connectors == 0)
                {
                    firstConnector = j;
                }

                connectors++;

                // "ministère des Affaires étrangères": a portfolio of several words is taken whole, lowercase words too.
                j = headAt >= 0 && Lookup(c) is { Length: > 1 } portfolio && Has(portfolio, LexKind.Portfolio) ? c + portfolio.Length : c;
                continue;
            }

            // French: "ministère de la Santé et des Affaires sociales": a relational adjective after a capitalized word
            // of a body's name is part of it.
            if (headAt >= 0 && headAt < j - 1 && _view.Document.Language == "fr" && IsFrenchAdjective(k) && !Has(mj, LexKind.Stop)
                && (TokenKeys.StartsUpper(_view.Text(j - 1)) || IsElidedCapital(j - 1)))
            {
                j++;
                continue;
            }

            // French: "Assemblée nationale", "Conseil de la nation": one lowercase complement after the head. (English
            // puts its adjectives before the head: "the foreign ministry and was due" takes nothing after it.)
            if (headAt == j - 1 && !_view.IsArabic(j) && _view.Document.Language == "fr")
            {
                if (c > j && c < _view.Count && _view.IsWord(c) && !Has(Lookup(c), LexKind.Stop))
                {
                    j = c + 1;

                    // "Institut de la statistique du Québec", "Association de l'aluminium du Canada": a capitalized
                    // complement after that one is the loop's to take.
                    var n = j;
                    while (n < _view.Count && ChunkConnectors.Contains(_view.Keys[n]))
                    {
                        n++;
                    }

                    if (n > j && _view.IsWord(n) && _view.SameSentence(j, n) && (TokenKeys.StartsUpper(_view.Text(n)) || IsElidedCapital(n)))
                    {
                        continue;
                    }
                }
                else if (IsFrenchAdjective(k))
                {
                    // "ministère algérien": a nationality adjective gives the body its country.
                    orgCountry = NationalityOf(Lookup(j));
                    j++;

                    // "Banque africaine de développement", "Agence française pour le développement": then one
                    // lowercase complement after "de"/"pour".
                    var d = j;
                    if (Key(d) is "de" or "du" or "des" or "pour")
                    {
                        d++;
                        if (Key(d) is "la" or "le" or "l'")
                        {
                            d++;
                        }

                        if (_view.IsWord(d) && _view.SameSentence(j, d) && Has(Lookup(d), LexKind.Portfolio))
                        {
                            j = d + Lookup(d).Length; // "ministère algérien des Affaires étrangères"
                        }
                        else if (_view.IsWord(d) && _view.SameSentence(j, d) && !TokenKeys.StartsUpper(_view.Text(d)) && _view.Keys[d].Length > 3 && !Has(Lookup(d), LexKind.Stop))
                        {
                            j = d + 1;
                        }
                        else if (_view.IsWord(d) && _view.SameSentence(j, d) && (TokenKeys.StartsUpper(_view.Text(d)) || IsElidedCapital(d)))
                        {
                            // "Assemblée nationale du Québec": a capitalized complement is taken by the loop.
                            continue;
                        }
                    }
                    else if (_view.IsWord(d) && _view.SameSentence(j, d) && FrenchElision.ElidedLength(_view.Keys[d]) > 0 && IsElidedCapital(d))
                    {
                        // "Police nationale d'Haïti".
                        continue;
                    }
                }
            }

            break;
        }

        if (headAt == j - 1 && !lowerMinistry && _view.IsWord(j) && _view.SameSentence(i, j) && Has(Lookup(j), LexKind.Title) && Has(Lookup(headAt), LexKind.Portfolio))
        {
            // "Turkish Energy Minister Alparslan Bayraktar": a head word that is also a portfolio, before a role, is the
            // role's portfolio ("Electoral Commission chair Jean Mensa" keeps its body).
            return i + 1;
        }

        if (headAt >= 0 && (j - i > 1 || lowerMinistry))
        {
            // "Ukraine's Foreign Ministry": the possessor is a place of its own and the body's country.
            if (j - i > 2 && headAt > i && _view.Text(i).EndsWith("'s", StringComparison.Ordinal) && Lookup(i) is { Length: 1 } owner
                && owner.Entries.FirstOrDefault(e => e.Kind == LexKind.Location) is { } place)
            {
                AddEntry(i, owner, place);
                orgCountry ??= place.Country;
                i++;
                skip = 0;
            }

            if (j - i > 1)
            {
                var ministry = LatinMinistryName(i, j, headAt, ref orgCountry);
                Add(i, j, skip, EntityType.Organization, ministry, orgCountry);
                return BracketAlias(j, _candidates[^1].Key, _candidates[^1].Name, orgCountry);
            }
        }

        // "State House", "Tahrir Square", "Ittihadiya palace": a capitalized name ending with (or followed by) the head
        // noun of a building or site is a place.
        if (headAt < 0 && connectors == 0 && _view.Document.Language == "en" && FacilityHeads.TryGetValue("en", out var englishHeads))
        {
            var end = j - i >= 2 && englishHeads.Contains(_view.Keys[j - 1]) ? j
                : j < _view.Count && _view.IsWord(j) && _view.SameSentence(i, j) && englishHeads.Contains(_view.Keys[j]) && !Lookup(i).Entries.Any(e => e.IsEntity) ? j + 1
                : -1;
            if (end > 0 && !(Has(m, LexKind.FirstName) && end - i > 2))
            {
                Add(i, end, skip, EntityType.Location, null, null);
                return end;
            }
        }

        // "Pierre Martin de Marseille": without a head noun, a person's name stops before a connector the particle rule
        // above turned down (a place, a portfolio or an organization follows it).
        if (connectors > 0 && headAt < 0 && firstConnector - i >= 2 && Has(m, LexKind.FirstName))
        {
            j = firstConnector;
            connectors = 0;
        }

        if (j - i >= 2 && connectors == 0 && headAt < 0)
        {
            var names = 0;
            for (var t = i; t < j; t++)
            {
                if (NameParticles.IsPersonParticle(_view.Keys[t]))
                {
                    continue;
                }

                if (Lookup(t).Entries.Any(e => e.IsEntity))
                {
                    return i + 1;
                }

                names++;
            }

            // "Chinese Vice Premier Ding": a run opened by a nationality adjective is a role, not a name.
            if (NationalityOf(m) is not null && !Has(m, LexKind.FirstName))
            {
                return i + 1;
            }

            // With particles ("Gestion de Patrimoine") only a known given name makes the chunk a person.
            var expected = Has(m, LexKind.FirstName) || particles == 0 && NameContext(i, j);
            if (expected && names <= MaxNameTokens)
            {
                Add(i, j, skip, EntityType.Person, null, null, "U:" + string.Join(' ', _view.Keys[i..j]));
                return j;
            }
        }

        if (j == i + 1 && IsUnknownAbbreviation(i, m, text))
        {
            Add(i, j, skip, EntityType.Organization, null, null, "A:" + text.ToString());
            return j;
        }

        return i + 1;
    }

    /// <summary>
    /// "ExxonMobil and CNOOC said", "selon l'ACLED": an all-capital word of three to six letters that no table knows
    /// is a body's abbreviation, unless it names a measure or a thing (Data/Entities/common-acronyms.tsv) or a currency,
    /// or stands where a dateline's place does (opening a sentence before a comma or a bracket), or in a headline of capitals.
    /// </summary>
    private bool IsUnknownAbbreviation(int i, Match m, ReadOnlySpan<char> text)
    {
        if (text.Length is < 3 or > 6 || !TokenKeys.IsAllUpper(text) || m.Entries.Length > 0 || _view.IsArabic(i))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        // "The Memorandum of Economic and Financial Policies (MEFP)": an abbreviation defined in brackets that the
        // definition rule did not take as a body's is no body elsewhere either.
        var word = text.ToString();
        if (CommonAcronyms.Contains(word) || Figures.FigureLexicons.CurrencyCodes.Contains(word) || _bracketed.Contains(word))
        {
            return false;
        }

        // "GEORGETOWN, Sept 3 (Reuters)", "NAIROBI (AFP)": a dateline's place; a run of capitals is a headline.
        var opensSentence = i == 0 || !_view.SameSentence(i - 1, i) || !_view.IsWord(i - 1) && (i == 1 || !_view.SameSentence(i - 2, i));
        return !(opensSentence && (_view.IsPunct(i + 1, ',') || _view.IsPunct(i + 1, '('))) && !(_view.IsWord(i + 1) && TokenKeys.IsAllUpper(_view.Text(i + 1)))
            && !(_view.IsWord(i - 1) && TokenKeys.IsAllUpper(_view.Text(i - 1)) && _view.Text(i - 1).Length > 1);
    }

    // "ministère de l'Énergie, du Pétrole et des Mines", "Ministry of Energy, Mines and Petroleum": inside a ministry's
    // name, a comma before a capitalized portfolio word lists the portfolios when a conjunction closes the list.
    private bool IsPortfolioListComma(int headAt, int j)
    {
        if (headAt < 0 || !_view.IsPunct(j, ',') || _view.Keys[headAt][FrenchElision.ElidedLength(_view.Keys[headAt])..] is not ("ministère" or "ministry"))
        {
            return false;
        }

        var c = j + 1;
        while (c < _view.Count && ChunkConnectors.Contains(_view.Keys[c]) && _view.Keys[c] is not ("and" or "et"))
        {
            c++;
        }

        if (c >= _view.Count || !_view.IsWord(c) || !(TokenKeys.StartsUpper(_view.Text(c)) || IsElidedCapital(c))
            || Lookup(c).Entries.Any(e => e.Kind is LexKind.FirstName or LexKind.Person or LexKind.Location or LexKind.Title or LexKind.Nationality))
        {
            return false;
        }

        for (var t = c + 1; t < _view.Count && t <= c + 4 && _view.IsWord(t); t++)
        {
            if (_view.Keys[t] is "and" or "et")
            {
                return true;
            }
        }

        return false;
    }

    // "l'Économie", "d'Haïti": a capitalized word behind an elided article or preposition.
    private bool IsElidedCapital(int k)
    {
        var e = FrenchElision.ElidedLength(_view.Keys[k]);
        return e > 0 && _view.Keys[k][..e] is "l'" or "d'" && TokenKeys.StartsUpper(_view.Text(k)[e..]);
    }

    /// <summary>
    /// A ministry named in English or French ("ministère des Affaires étrangères", "ministère algérien de la Santé",
    /// "the Israeli Defense Ministry", "Foreign Ministry") takes the English name the Arabic forms get
    /// ("Ministry of Foreign Affairs", "... of Algeria"), so that one body has one name whatever the article's
    /// language; null for any other body, which keeps its written name.
    /// </summary>
    private string? LatinMinistryName(int i, int end, int headAt, ref string? country)
    {
        if (_view.Keys[headAt][FrenchElision.ElidedLength(_view.Keys[headAt])..] is not ("ministère" or "ministry" or "ministere"))
        {
            return null;
        }

        LexEntry? portfolio = null;
        for (var t = i; t < end; t++)
        {
            var m = Lookup(t);
            country ??= NationalityOf(m);
            if (portfolio is null && m.Entries.FirstOrDefault(e => e.Kind == LexKind.Portfolio) is { } p)
            {
                portfolio = p;
                t += m.Length - 1;
            }
        }

        if (portfolio is null)
        {
            return null;
        }

        var name = $"Ministry of {portfolio.Name}";
        return country is null ? name : $"{name} of {EntityLexicon.CountryNames.GetValueOrDefault(country, country)}";
    }

    // The endings of French relational adjectives in bodies' names: "nationale", "mondiale", "islamique", "monétaire",
    // "africaine", "européenne", "française", "arabe".
    private static readonly string[] FrenchAdjectiveEndings = ["ale", "el", "elle", "ique", "aire", "al", "aine", "ain", "ienne", "ien", "éenne", "éen", "aise", "ais", "arabe"];

    private static bool IsFrenchAdjective(string word)
    {
        if (word.Length <= 4)
        {
            return false;
        }

        // "sociales", "islamiques": the plural takes an "s" after the same endings ("français" is singular already).
        return HasAdjectiveEnding(word) || word.Length > 5 && word[^1] == 's' && HasAdjectiveEnding(word[..^1]);
    }

    private static bool HasAdjectiveEnding(string word)
    {
        foreach (var ending in FrenchAdjectiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Where a bare capitalized pair is a person: after "by", "par" or a comma, or before "said"/"a déclaré" or a comma.
    private bool NameContext(int start, int end)
    {
        var before = start > 0 && _view.SameSentence(start - 1, start) ? Key(start - 1) : null;
        var after = end < _view.Count && _view.SameSentence(end - 1, end) ? Key(end) : null;
        // ("ahead of the World Cup, which": a pair after an article is a thing or an event, not a person.)
        return before is "by" or "par" or "," || after is "said" or "says" or "told" or "," && before is not null and not ("the" or "a" or "an" or "le" or "la" or "les" or "du" or "des" or "l'")
            || after == "," && RoleInAppositionAt(end + 1);
    }

    // "Wale Edun, the finance minister, said", "Ana Diaz, une économiste de la banque": an article and a role within a few
    // lowercase words after the comma make the capitalized pair before it a person, wherever the pair stands.
    private bool RoleInAppositionAt(int k)
    {
        const int MaxWords = 5;
        if (Key(k) is not ("the" or "a" or "an" or "le" or "la" or "un" or "une"))
        {
            return false;
        }

        for (var t = k + 1; t <= k + MaxWords && _view.IsWord(t) && _view.SameSentence(k, t); t++)
        {
            if (Has(Lookup(t), LexKind.Title))
            {
                return true;
            }

            if (TokenKeys.StartsUpper(_view.Text(t)))
            {
                return false;
            }
        }

        return false;
    }

    private void Propagate()
    {
        FullNamesOfFamilyNames();
        var byToken = new Dictionary<string, EntityCandidate>(StringComparer.Ordinal);
        Dictionary<string, EntityCandidate>? byGivenName = null;
        foreach (var c in _candidates)
        {
            if (c.Type != EntityType.Person || c.EndToken - c.FirstToken < 2)
            {
                continue;
            }

            // "Ferdinand Marcos Jr.": a generational suffix is no family name; the word before it is.
            var lastAt = c.EndToken - 1;
            if (GenerationalSuffixes.Contains(_view.Keys[lastAt]) && lastAt - 1 > c.FirstToken)
            {
                lastAt--;
            }

            var last = _view.Keys[lastAt];
            byToken.TryAdd(last, c);
            var first = _view.Keys[c.FirstToken];
            var latin = !_view.IsArabic(c.FirstToken);
            if (!latin)
            {
                // "الشيخ تميم", "الأمير محمد" after the full name: royals are named again by the given name and title.
                (byGivenName ??= new Dictionary<string, EntityCandidate>(StringComparer.Ordinal)).TryAdd(first, c);
            }

            if (latin && NameParticles.WithoutPrefix(last) is { } bare)
            {
                byToken.TryAdd(bare, c); // "Saad al-Hamdani" ... "Hamdani told"
            }

            if (latin || c.Country is not null && SurnameFirst.Contains(c.Country))
            {
                byToken.TryAdd(first, c);
            }
        }

        if (byToken.Count == 0)
        {
            return;
        }

        // A shorter unknown person whose words all belong to a fuller name is that person: one word by the table above,
        // several when they end the fuller name (a compound family name: "عبد العاطي" after "بدر عبد العاطي").
        for (var n = 0; n < _candidates.Count; n++)
        {
            var c = _candidates[n];
            if (c.Type != EntityType.Person || !c.Key.StartsWith("U:", StringComparison.Ordinal))
            {
                continue;
            }

            var full = c.EndToken - c.FirstToken == 1
                ? byToken.GetValueOrDefault(_view.Keys[c.FirstToken])
                    ?? (c.TitleKey is { } title && RoyalTitles.Contains(title) ? byGivenName?.GetValueOrDefault(_view.Keys[c.FirstToken]) : null)
                : FullNameEndingWith(c);
            if (full is not null && full.Key != c.Key)
            {
                _candidates[n] = c with { Key = full.Key, Name = full.Name, Country = full.Country ?? c.Country };
            }
        }

        for (var i = 0; i < _view.Count; i++)
        {
            if (_covered[i] || !_view.IsWord(i))
            {
                continue;
            }

            if (!TryGetPastProclitics(byToken, i, out var full, out var skip))
            {
                continue;
            }

            // Latin: the word must be written as a name.
            if (!_view.IsArabic(i) && !TokenKeys.StartsUpper(_view.Text(i)))
            {
                continue;
            }

            Add(i, i + 1, skip, EntityType.Person, full.Name, full.Country, full.Key);
        }
    }

    /// <summary>
    /// "Romuald Wadagni est candidat. ... a lancé M. Wadagni": a Latin person found by one word (after a title) is
    /// also the capitalized pair elsewhere in the article that ends with that word, where no rule took the pair as a
    /// name (an unknown given name at a sentence's start, with no verb of speaking after it). The pair is added as a
    /// person; the propagation below then joins the one-word mentions to it.
    /// </summary>
    private void FullNamesOfFamilyNames()
    {
        var count = _candidates.Count;
        for (var n = 0; n < count; n++)
        {
            var c = _candidates[n];
            if (c.Type != EntityType.Person || c.EndToken - c.FirstToken != 1 || _view.IsArabic(c.FirstToken)
                || !c.Key.StartsWith("U:", StringComparison.Ordinal) || _candidates.Any(o => o.Type == EntityType.Person && o.EndToken - o.FirstToken > 1 && _view.Keys[o.EndToken - 1] == _view.Keys[c.FirstToken]))
            {
                continue;
            }

            var family = _view.Keys[c.FirstToken];
            for (var t = 1; t < _view.Count; t++)
            {
                var g = t - 1;
                if (_covered[t] || _covered[g] || _view.Keys[t] != family || !_view.IsWord(g) || !_view.SameSentence(g, t)
                    || !TokenKeys.StartsUpper(_view.Text(g)) || !TokenKeys.StartsUpper(_view.Text(t))
                    || Lookup(g).Entries.Any(e => e.IsEntity || e.Kind is LexKind.Title or LexKind.Nationality or LexKind.OrgHeadLatin or LexKind.Counterpart
                        || e.Kind == LexKind.Stop && !Lookup(g).Entries.Any(f => f.Kind == LexKind.FirstName)))
                {
                    continue;
                }

                Add(g, t + 1, 0, EntityType.Person, null, c.Country, "U:" + _view.Keys[g] + " " + family);
                break;
            }
        }
    }

    /// <summary>
    /// "بلدة قباطية جنوب جنين", "قرية المغير شرق رام الله", "مخيم عين الحلوة قرب صيدا": an Arabic place no gazetteer
    /// knows, one or two words after a settlement noun and before a compass direction from a place already recognized,
    /// is a place of that place's country. The settlement noun is not part of its name.
    /// </summary>
    private void PlacesByDirection()
    {
        for (var d = 2; d < _view.Count; d++)
        {
            var direction = ClueLength("direction", d);
            if (direction == 0 || !_view.IsArabic(d) || _covered[d] || !_view.SameSentence(d - 1, d))
            {
                continue;
            }

            var at = d + direction;
            var anchor = LocationAt(at) ?? (ClueLength("settlement", at) is > 0 and var noun ? LocationAt(at + noun) : null);
            if (anchor?.Country is null)
            {
                continue;
            }

            // The name: one word, or two when the first is a place-name prefix ("بيت لاهيا"); then what introduces it.
            var first = d - 1;
            if (first >= 1 && ClueLength("prefix", first - 1) == 1 && IsPlaceNameWord(first - 1) && IsPlaceNameWord(first))
            {
                first--;
            }

            // Only after a settlement noun: "في" + a common noun + a direction is too often an event's place ("في غارة
            // جنوب لبنان", "في مستشفى شمال غزة").
            if (!IsPlaceNameWord(first) || !IsPlaceNameWord(d - 1) || first < 1 || !_view.SameSentence(first - 1, first)
                || ClueLength("settlement", first - 1) != 1)
            {
                continue;
            }

            Add(first, d, 0, EntityType.Location, null, anchor.Country);
        }
    }

    /// <summary>The length of a clue of <paramref name="kind"/> at token <paramref name="k"/>, or 0.</summary>
    private int ClueLength(string kind, int k)
    {
        if (k < 0 || k >= _view.Count || !PlaceClueStarts.Contains(_view.Keys[k]))
        {
            return 0;
        }

        foreach (var form in PlaceClues[kind])
        {
            var n = 0;
            while (n < form.Length && k + n < _view.Count && _view.IsWord(k + n) && _view.Keys[k + n] == form[n])
            {
                n++;
            }

            if (n == form.Length)
            {
                return n;
            }
        }

        return 0;
    }

    private EntityCandidate? LocationAt(int k) =>
        _candidates.FirstOrDefault(c => c.FirstToken == k && c.Type == EntityType.Location);

    // A word that can be an unknown place's name: an Arabic word not yet covered, no clue word, role or known entry.
    private bool IsPlaceNameWord(int k) =>
        k >= 0 && _view.IsWord(k) && _view.IsArabic(k) && !_covered[k] && _view.Keys[k].Length > 1
        && ClueLength("direction", k) == 0 && ClueLength("settlement", k) == 0 && ClueLength("adjective", k) == 0
        && !Lookup(k).Entries.Any(e => e.Kind is LexKind.Stop or LexKind.Title or LexKind.Counterpart or LexKind.Modifier or LexKind.Nationality or LexKind.Person
            or LexKind.Location or LexKind.Organization or LexKind.OrgHeadConstruct or LexKind.OrgHeadDefinite or LexKind.Portfolio);

    /// <summary>The first longer person whose last words are the words of <paramref name="shorter"/>, if any.</summary>
    private EntityCandidate? FullNameEndingWith(EntityCandidate shorter)
    {
        var length = shorter.EndToken - shorter.FirstToken;
        foreach (var c in _candidates)
        {
            if (c.Type != EntityType.Person || c.EndToken - c.FirstToken <= length || c.Key == shorter.Key)
            {
                continue;
            }

            var same = true;
            for (var k = 1; k <= length && same; k++)
            {
                same = _view.Keys[c.EndToken - k] == _view.Keys[shorter.EndToken - k];
            }

            if (same)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// "وأكدت المملكة", "the Kingdom", "le Royaume" on their own: a mention of the country of that form of state named
    /// last before it, else first after it, else the one of those states the article's adjectives and bodies name most,
    /// else (Arabic) the one the word means unqualified in news (Data/Entities/kingdom-references.tsv). English and
    /// French with none of these are left alone.
    /// </summary>
    private void KingdomReferences()
    {
        for (var i = 0; i < _view.Count; i++)
        {
            if (_covered[i] || !_view.IsWord(i))
            {
                continue;
            }

            if (!TryGetPastProclitics(KingdomWords, i, out var kingdom, out var skip)
                || !_view.IsArabic(i) && (Key(i - 1) is not ("the" or "le") || Key(i + 1) is "of" or "de" or "du"))
            {
                // English and French: "the kingdom", "le royaume"; "the Kingdom of Saudi Arabia" is the gazetteer's,
                // and a kingdom in a story ("a kingdom of ice") has no country named before it
                continue;
            }

            // The nearest before; failing that, the nearest after ("المملكة" in a lead, "المغرب" further down).
            var start = _view.Tokens[i].Start;
            EntityCandidate? before = null, after = null;
            foreach (var c in _candidates)
            {
                if (c.Type != EntityType.Location || c.Country is not { } cc || !kingdom.Countries.Contains(cc) || !EntityLexicon.IsCountryKey(c.Key, cc))
                {
                    continue;
                }

                if (c.Start < start && (before is null || c.Start > before.Start))
                {
                    before = c;
                }
                else if (c.Start > start && (after is null || c.Start < after.Start))
                {
                    after = c;
                }
            }

            if ((before ?? after) is { } named)
            {
                Add(i, i + 1, skip, EntityType.Location, named.Name, named.Country, named.Key);
            }
            else if (MostEvidenced(kingdom.Countries) is { } evidenced && EntityLexicon.CountryNames.TryGetValue(evidenced, out var evidencedName))
            {
                // "وزير المالية الأردني ... صادرات المملكة": the kingdom the article's adjectives and bodies belong to.
                Add(i, i + 1, skip, EntityType.Location, evidencedName, evidenced, EntityLexicon.CountryKey(evidenced));
            }
            else if (kingdom.Default is { } code && EntityLexicon.CountryNames.TryGetValue(code, out var name))
            {
                Add(i, i + 1, skip, EntityType.Location, name, code, EntityLexicon.CountryKey(code));
            }
        }
    }

    /// <summary>The country among <paramref name="codes"/> the article gives most evidence of, or null when it names none.</summary>
    private string? MostEvidenced(FrozenSet<string> codes)
    {
        string? best = null;
        var most = 0;
        foreach (var (code, count) in CountryEvidence())
        {
            if (count > most && codes.Contains(code))
            {
                (best, most) = (code, count);
            }
        }

        return best;
    }

    /// <summary>
    /// The entry of <paramref name="table"/> for token <paramref name="i"/>, keyed as written or, for Arabic, past its
    /// proclitics ("والمملكة", "لبوتين"); <paramref name="skip"/> is how many proclitic characters precede the match.
    /// </summary>
    private bool TryGetPastProclitics<T>(IReadOnlyDictionary<string, T> table, int i, out T value, out int skip)
    {
        skip = 0;
        if (table.TryGetValue(_view.Keys[i], out value!))
        {
            return true;
        }

        if (_view.IsArabic(i))
        {
            ArabicPrefixes.Variants(_view.Keys[i], _variants);
            foreach (var (s, stem) in _variants)
            {
                if (table.TryGetValue(stem, out value!))
                {
                    skip = s;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Organization back-references: "الجهاز الاحصائي" after "الجهاز الاحصائي الفلسطيني" (a prefix of a fuller
    /// name), "الجهاز الاحصائي الفلسطيني" after "جهاز الإحصاء الفلسطيني" (the same head and country), and a bare
    /// definite head ("التحالف") after "التحالف العربي" all name the organization already seen.
    /// </summary>
    private void MergeOrganizations()
    {
        var orgs = _candidates.Where(c => c.Type == EntityType.Organization).OrderBy(c => c.Start).ToList();
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in orgs)
        {
            foreach (var other in orgs)
            {
                if (other.Key == c.Key)
                {
                    continue;
                }

                if (other.EndToken - other.FirstToken > c.EndToken - c.FirstToken && IsTokenPrefix(c, other) || c.Country is not null && c.Country == other.Country && StartsDefinite(c) && c.Key.StartsWith("G:", StringComparison.Ordinal)
                    && other.Key.StartsWith("G:", StringComparison.Ordinal) && other.Start < c.Start && HeadStem(c) == HeadStem(other))
                {
                    byKey.TryAdd(c.Key, other.Key);
                    break;
                }
            }
        }

        // Bare definite heads not yet covered.
        var heads = new Dictionary<string, EntityCandidate>(StringComparer.Ordinal);
        foreach (var c in orgs)
        {
            if (c.EndToken - c.FirstToken >= 2 && _view.IsArabic(c.FirstToken) && StartsDefinite(c) && !Has(Lookup(c.FirstToken), LexKind.Stop))
            {
                heads.TryAdd(HeadStem(c), c);
            }
        }

        for (var i = 0; i < _view.Count && heads.Count > 0; i++)
        {
            if (_covered[i] || !_view.IsWord(i) || !_view.IsArabic(i))
            {
                continue;
            }

            var key = _view.Keys[i];
            ArabicPrefixes.Variants(key, _variants);
            _variants.Insert(0, (0, key));
            foreach (var (skip, form) in _variants)
            {
                var stem = StripArticle(form);
                if (stem.Length < form.Length && heads.TryGetValue(stem, out var org) && org.Start < _view.Tokens[i].Start)
                {
                    Add(i, i + 1, skip, EntityType.Organization, org.Name, org.Country, org.Key);
                    break;
                }
            }
        }

        for (var n = 0; n < _candidates.Count; n++)
        {
            var key = _candidates[n].Key;
            var hops = 0;
            while (byKey.TryGetValue(key, out var next) && hops++ < 4)
            {
                key = next;
            }

            if (key != _candidates[n].Key)
            {
                var target = _candidates.First(c => c.Key == key);
                _candidates[n] = _candidates[n] with { Key = key, Name = target.Name, Country = target.Country ?? _candidates[n].Country };
            }
        }
    }

    private bool IsTokenPrefix(EntityCandidate shorter, EntityCandidate longer)
    {
        var n = shorter.EndToken - shorter.FirstToken;
        for (var k = 0; k < n; k++)
        {
            var a = k == 0 ? HeadStem(shorter) : _view.Keys[shorter.FirstToken + k];
            var b = k == 0 ? HeadStem(longer) : _view.Keys[longer.FirstToken + k];
            if (a != b)
            {
                return false;
            }
        }

        return n > 1;
    }

    private string HeadStem(EntityCandidate c) => StripArticle(_view.Folded[c.Start.._view.Tokens[c.FirstToken].End]);

    private bool StartsDefinite(EntityCandidate c) => StripArticle(_view.Folded[c.Start.._view.Tokens[c.FirstToken].End]).Length < _view.Tokens[c.FirstToken].End - c.Start;

    /// <summary>The word without its article: "التحالف" -> "تحالف"; a word without the article comes back unchanged.</summary>
    private static string StripArticle(string word) =>
        word.Length > 3 && word[0] == ArabicLetters.Alef && word[1] == ArabicLetters.Lam ? word[2..] : word;

    private List<Entity> Group()
    {
        MergeOrganizations();
        var order = new List<string>();
        var groups = new Dictionary<string, List<EntityCandidate>>(StringComparer.Ordinal);
        foreach (var c in _candidates.OrderBy(c => c.Start))
        {
            if (!groups.TryGetValue(c.Key, out var list))
            {
                groups[c.Key] = list = [];
                order.Add(c.Key);
            }

            list.Add(c);
        }

        var entities = new List<Entity>(order.Count);
        foreach (var key in order)
        {
            var list = groups[key];
            var mentions = new List<Mention>(list.Count);
            var seen = new HashSet<TextSpan>();
            foreach (var c in list)
            {
                var span = _view.Document.ToOriginal(c.Start, c.End);
                if (seen.Add(span))
                {
                    var text = _view.Document.Original[span.Start..span.End];
                    mentions.Add(new Mention(c.ElidedArticle ? ArabicLetters.Alef + text : text, span, _view.Document.SentenceAt(c.Start)));
                }
            }

            var type = list[0].Type;
            var name = list.Select(c => c.Name).FirstOrDefault(n => n.Length > 0) ?? mentions[0].Text;
            if (key.StartsWith("U:", StringComparison.Ordinal))
            {
                // The fullest mention names an unknown person; Arabic names are transliterated so they stay readable.
                var longest = list.OrderByDescending(c => c.EndToken - c.FirstToken).First();
                var folded = _view.Folded[longest.Start..longest.End];
                name = _view.IsArabic(longest.FirstToken)
                    ? ArabicTransliterator.Transliterate(folded, EntityLexicon.Transliteration, EntityLexicon.NameWords, _view.Document.OriginalText(longest.Start, longest.End))
                    : _view.Document.OriginalText(longest.Start, longest.End);
            }

            var country = list.Select(c => c.Country).FirstOrDefault(c => c is not null);
            entities.Add(new Entity("e" + (entities.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), type, name, country, mentions));
        }

        return entities;
    }

    /// <summary>Adds a lexicon entry matched at <paramref name="i"/>; returns the index after the mention.</summary>
    private int AddEntry(int i, Match m, LexEntry entry, string? titleKey = null)
    {
        // "بلدة الخيام", "مخيم جنين": the gazetteer writes some places with their settlement noun so that a common word
        // ("الخيام", the tents) is not read as a place alone; the mention, as news names the place, leaves the noun out.
        if (entry.Kind == LexKind.Location && m.Length >= 2 && _view.IsArabic(i) && m.Skip == 0 && SettlementNouns.Contains(_view.Keys[i]))
        {
            Add(i + 1, i + m.Length, 0, EntityType.Location, entry.Name, entry.Country, entry.Key, titleKey);
            return i + m.Length;
        }

        var type = entry.Kind switch
        {
            LexKind.Person => EntityType.Person,
            LexKind.Organization => EntityType.Organization,
            _ => EntityType.Location,
        };
        var end = type == EntityType.Person && _view.IsArabic(i) ? PatronymicEnd(i + m.Length) : i + m.Length;
        Add(i, end, m.Skip, type, entry.Name, entry.Country, entry.Key, titleKey);
        return end;
    }

    private void Add(int first, int end, int skip, EntityType type, string? name, string? country, string? key = null, string? titleKey = null)
    {
        for (var t = first; t < end; t++)
        {
            if (_covered[t])
            {
                return;
            }
        }

        var start = _view.Tokens[first].Start + skip;
        var stop = _view.Tokens[end - 1].End;
        if (!_view.IsArabic(end - 1) && stop - start > 2 && _view.Folded[stop - 2] == '\'' && _view.Folded[stop - 1] is 's' or 'S')
        {
            stop -= 2; // "Fund's" -> "Fund"
        }

        // "Ferdinand Marcos Jr.": the full stop of a generational suffix belongs to the name.
        if (!_view.IsArabic(end - 1) && (_view.Keys[end - 1] is "jr" or "sr") && end < _view.Count && _view.IsPunct(end, '.') && _view.Tokens[end].Start == stop)
        {
            stop = _view.Tokens[end].End;
        }

        if (ParticipleDash(end - 1) is var dash and > 0)
        {
            stop = _view.Tokens[end - 1].Start + dash; // "Lagos-based" -> "Lagos"
        }

        key ??= (type == EntityType.Organization ? "G:" : "U:") + string.Join(' ', _view.Keys[first..end]);
        name ??= _view.IsArabic(first)
            ? ArabicTransliterator.Transliterate(_view.Folded[start..stop], EntityLexicon.Transliteration, type == EntityType.Person ? EntityLexicon.NameWords : null, _view.Document.OriginalText(start, stop))
            : _view.Document.OriginalText(start, stop);
        for (var t = first; t < end; t++)
        {
            _covered[t] = true;
        }

        // "للجمارك": the article's alef is not written after the preposition lam; the mention restores it.
        var elided = skip > 0 && _view.Folded[start - 1] == ArabicLetters.Lam && _view.Folded[start] == ArabicLetters.Lam;
        _candidates.Add(new EntityCandidate(first, end, start, stop, type, key, name, country) { TitleKey = titleKey, ElidedArticle = elided });
    }

    private string? Key(int index) => index >= 0 && index < _view.Count ? _view.Keys[index] : null;

    /// <summary>
    /// "the Sultanate of Oman", "le sultanat d'Oman", "le royaume du Maroc": a noun of statehood and the country after
    /// it are one mention of the country, as the Arabic "سلطنة عمان" is. The end of the mention, or -1.
    /// </summary>
    private int LatinStateNoun(int i)
    {
        var skip = FrenchElision.ElidedLength(_view.Keys[i]);
        if (_view.Keys[i][skip..] is not ("kingdom" or "republic" or "sultanate" or "emirate" or "royaume" or "république" or "sultanat" or "émirat"))
        {
            return -1;
        }

        var k = i + 1;
        if (Key(k) is "of" or "de" or "du")
        {
            k++;
            if (Key(k) is "the" or "la")
            {
                k++;
            }
        }

        if (!_view.IsWord(k) || !_view.SameSentence(i, k))
        {
            return -1;
        }

        var elided = FrenchElision.ElidedLength(_view.Keys[k]);
        var m = elided > 0 ? null : (Match?)Lookup(k);
        var country = elided > 0
            ? EntityLexicon.Gazetteer.Exact([_view.Keys[k][elided..]])
            : m!.Value.Entries.FirstOrDefault(e => e.Kind == LexKind.Location && EntityLexicon.IsAnyCountryKey(e.Key));
        if (country is null || !EntityLexicon.IsAnyCountryKey(country.Key) || (k == i + 1 && elided == 0))
        {
            return -1;
        }

        var end = elided > 0 ? k + 1 : k + m!.Value.Length;
        Add(i, end, skip, EntityType.Location, country.Name, country.Country, country.Key);
        return end;
    }

    // The position of the dash in a Latin token that joins a place to a participle ("Lagos-based", "Iran-backed"), or -1.
    private int ParticipleDash(int k)
    {
        if (k < 0 || k >= _view.Count || !_view.IsWord(k) || _view.IsArabic(k))
        {
            return -1;
        }

        var key = _view.Keys[k];
        var dash = key.LastIndexOf('-');
        return dash > 0 && key[(dash + 1)..] is "based" or "led" or "backed" or "owned" or "run" or "controlled" or "funded" or "born" or "allied" ? dash : -1;
    }

    /// <summary>
    /// "Lagos-based Cordros", "Abu Dhabi-based Masdar", "Iran-backed militias": the place joined to a participle is a
    /// mention of its own, without the participle. The end of the mention, or -1.
    /// </summary>
    private int PlaceBeforeParticiple(int i)
    {
        foreach (var k in (ReadOnlySpan<int>)[i, i + 1])
        {
            if (ParticipleDash(k) is not (var dash and > 0) || k > i && (!_view.IsWord(i) || !_view.SameSentence(i, k) || !TokenKeys.StartsUpper(_view.Text(i))))
            {
                continue;
            }

            var stem = _view.Keys[k][..dash];
            var entry = k == i ? EntityLexicon.Gazetteer.Exact([stem]) : EntityLexicon.Gazetteer.Exact([_view.Keys[i], stem]);
            if (entry is { Kind: LexKind.Location or LexKind.Organization })
            {
                Add(i, k + 1, 0, entry.Kind == LexKind.Location ? EntityType.Location : EntityType.Organization, entry.Name, entry.Country, entry.Key);
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>The country of a nationality adjective the match holds ("الصيني", "Kenyan", "algérien"), or null.</summary>
    // The country of a nationality adjective; one shared by two states ("Congolese") is the one the article's places
    // and bodies name more, the first listed on a tie.
    private string? NationalityOf(Match m)
    {
        LexEntry? best = null;
        foreach (var e in m.Entries)
        {
            if (e.Kind == LexKind.Nationality && e.Country is { } country
                && (best is null || CountryEvidence().GetValueOrDefault(country) > CountryEvidence().GetValueOrDefault(best.Country!)))
            {
                best = e;
            }
        }

        return best?.Country;
    }

    private static bool Has(Match m, LexKind kind)
    {
        foreach (var e in m.Entries)
        {
            if (e.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lexicon match: how many tokens, how many proclitic characters precede the name, which entries.</summary>
    internal readonly record struct Match(int Length, int Skip, LexEntry[] Entries);
}
