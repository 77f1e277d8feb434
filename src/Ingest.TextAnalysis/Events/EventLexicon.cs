using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Events;

/// <summary>The trigger and modality lexicons (Data/Events), keyed by the first token's key, longest entries first.</summary>
internal static class EventLexicon
{
    public static readonly FrozenDictionary<string, Trigger[]> Triggers = EmbeddedData.ReadTsv("Events/triggers.tsv")
        .Select(r => new Trigger(EntityLexicon.TokenizeForm(r[0]), r[1], r[2] == "noun", r[3], r[4], r[5], AspectOf(r))
        {
            NeededCue = r.Length > 6 && r[6].StartsWith("needs:", StringComparison.Ordinal) ? r[6]["needs:".Length..] : null,
        })
        .Where(t => t.Tokens.Length > 0)
        .GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Length).ThenByDescending(t => t.NeedsObject).ToArray(), StringComparer.Ordinal);

    /// <summary>Marker key to its kind: "negated", "future" or "hypothetical".</summary>
    public static readonly FrozenDictionary<string, string> Modality = EmbeddedData.ReadTsv("Events/modality.tsv")
        .Select(r => (Key: EntityLexicon.TokenizeForm(r[0]), Kind: r[2]))
        .Where(r => r.Key.Length == 1)
        .GroupBy(r => r.Key[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);

    /// <summary>Cue forms (Data/Events/cues.tsv) by first token key: their tokens and kind, longest first.</summary>
    public static readonly FrozenDictionary<string, (string[] Tokens, string Kind)[]> Cues = EmbeddedData.ReadTsv("Events/cues.tsv")
        .Select(r => (Tokens: EntityLexicon.TokenizeForm(r[0]), Kind: r[2]))
        .Where(c => c.Tokens.Length > 0)
        .GroupBy(c => c.Tokens[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Reporting verb key to the mode of the statement it reports (Data/Events/statement-modes.tsv).</summary>
    public static readonly FrozenDictionary<string, string> StatementModes = EmbeddedData.ReadTsv("Events/statement-modes.tsv")
        .Select(r => (Key: EntityLexicon.TokenizeForm(r[0]), Mode: r[2]))
        .Where(r => r.Key.Length == 1)
        .GroupBy(r => r.Key[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Mode, StringComparer.Ordinal);

    /// <summary>Capital (English canonical name) to the ISO code of the country it stands for (Data/Events/capitals.tsv).</summary>
    public static readonly FrozenDictionary<string, string> Capitals = EmbeddedData.ReadTsv("Events/capitals.tsv")
        .GroupBy(r => r[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    /// <summary>English names of the gazetteer's places (cities, regions): a location entity not among them is a country.</summary>
    public static readonly FrozenSet<string> PlaceNames = EmbeddedData.ReadTsv("Entities/places.tsv")
        .Select(r => r[0])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Media = EmbeddedData.ReadTsv("Entities/media.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>News agencies and outlets (Data/Entities/media.tsv): they report events and are never a party to one.</summary>
    public static bool IsMedia(Entity e) => Media.Contains(e.Name);

    /// <summary>
    /// A location that is a state: it has a country, is no listed city, region or capital, and bears the state's own
    /// name (a town of the generated table, "Parakou", has a country too).
    /// </summary>
    public static bool IsCountry(Entity e) => e.Country is not null && !PlaceNames.Contains(e.Name) && !Capitals.ContainsKey(e.Name)
        && Entities.EntityLexicon.CountryNames.TryGetValue(e.Country, out var state) && state == e.Name;

    /// <summary>The comma opening an aside (", meanwhile ,", ", de son côté ,") whose closing comma is token <paramref name="close"/>, or -1.</summary>
    public static int AsideStart(DocumentView view, int close)
    {
        const int MaxAsideTokens = 4;
        if (!view.IsPunct(close, ','))
        {
            return -1;
        }

        for (var k = close - 2; k >= 0 && k >= close - 1 - MaxAsideTokens && view.SameSentence(k, close); k--)
        {
            if (view.IsPunct(k, ','))
            {
                return Cue(view, k + 1, "aside") == close - k - 1 ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a relative clause set off by commas ends at <paramref name="close"/> starts: the comma before "qui",
    /// "who", "التي" ("La France, qui a retiré ses troupes du Mali, a dénoncé"), or -1. The names inside it are not the
    /// subject of the verb after it.
    /// </summary>
    public static int RelativeClauseStart(DocumentView view, int close)
    {
        const int MaxClauseTokens = 25;
        if (!view.IsPunct(close, ',') && !view.IsPunct(close, '،'))
        {
            return -1;
        }

        for (var k = close - 2; k >= 0 && k >= close - 1 - MaxClauseTokens && view.SameSentence(k, close); k--)
        {
            if (view.IsPunct(k, ',') || view.IsPunct(k, '،'))
            {
                return Cue(view, k + 1, "relative") > 0 ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The length of the cue of this kind starting at token <paramref name="i"/> in its sentence, or 0.</summary>
    public static int Cue(DocumentView view, int i, string kind)
    {
        if (i < 0 || i >= view.Count || !Cues.TryGetValue(view.Keys[i], out var list))
        {
            return 0;
        }

        foreach (var (tokens, k) in list)
        {
            if (k != kind || i + tokens.Length > view.Count)
            {
                continue;
            }

            var ok = true;
            for (var j = 1; ok && j < tokens.Length; j++)
            {
                ok = view.SameSentence(i, i + j) && view.Keys[i + j] == tokens[j];
            }

            if (ok)
            {
                return tokens.Length;
            }
        }

        return 0;
    }

    private static TriggerAspect AspectOf(string[] row) => row.Length > 6 ? row[6] switch
    {
        "imperfect" => TriggerAspect.Imperfect,
        "dual" => TriggerAspect.Dual,
        "person" => TriggerAspect.PersonObject,
        "agent-before" => TriggerAspect.AgentBefore,
        "armed" => TriggerAspect.ArmedObject,
        "aid" => TriggerAspect.AidObject,
        "partner" => TriggerAspect.PartnerOnly,
        "rate" => TriggerAspect.RateObject,
        "participle" => TriggerAspect.Participle,
        "sanctions" => TriggerAspect.SanctionObject,
        "lifted" => TriggerAspect.LiftedSanctions,
        "penalty" => TriggerAspect.Penalty,
        "envoy" => TriggerAspect.EnvoyObject,
        var cue when cue.StartsWith("needs:", StringComparison.Ordinal) => TriggerAspect.CueAfter,
        _ => TriggerAspect.None,
    } : TriggerAspect.None;

    /// <summary>One trigger form: its tokens, language, whether it is a noun, PLOVER type, mode, CAMEO code and aspect.</summary>
    internal sealed record Trigger(string[] Tokens, string Language, bool Noun, string Type, string Mode, string Cameo, TriggerAspect Aspect)
    {
        public bool Imperfect => Aspect == TriggerAspect.Imperfect;

        public bool Dual => Aspect == TriggerAspect.Dual;

        public bool PersonObject => Aspect == TriggerAspect.PersonObject;

        public bool AgentBefore => Aspect == TriggerAspect.AgentBefore;

        public bool ArmedObject => Aspect == TriggerAspect.ArmedObject;

        public bool AidObject => Aspect == TriggerAspect.AidObject;

        public bool Participle => Aspect == TriggerAspect.Participle;

        public bool SanctionObject => Aspect == TriggerAspect.SanctionObject;

        public bool PartnerOnly => Aspect == TriggerAspect.PartnerOnly;

        public bool RateObject => Aspect == TriggerAspect.RateObject;

        /// <summary>
        /// An event only with a certain noun after it. Such a row is tried before the other rows of its form ("a
        /// condamné X à cinq ans de prison" sentences; "a condamné l'attaque" condemns).
        /// </summary>
        public bool NeedsObject => Aspect is TriggerAspect.RateObject or TriggerAspect.ArmedObject or TriggerAspect.SanctionObject
            or TriggerAspect.LiftedSanctions or TriggerAspect.AidObject or TriggerAspect.Penalty or TriggerAspect.EnvoyObject or TriggerAspect.CueAfter;

        /// <summary>For <see cref="TriggerAspect.CueAfter"/>: the kind of Data/Events/cues.tsv that must follow the form right after it.</summary>
        public string? NeededCue { get; init; }
    }
}
