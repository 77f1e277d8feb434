using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Events;

/// <summary>The trigger and modality lexicons (Data/Events), keyed by the first token's key, longest entries first.</summary>
internal static class EventLexicon
{
    public static readonly FrozenDictionary<string, Trigger[]> Triggers = EmbeddedData.ReadTsv("Events/triggers.tsv")
        .Select(r => new Trigger(EntityLexicon.TokenizeForm(r[0]), r[1], r[2] == "noun", r[3], r[4], r[5]))
        .Where(t => t.Tokens.Length > 0)
        .GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Marker key to its kind: "negated", "future" or "hypothetical".</summary>
    public static readonly FrozenDictionary<string, string> Modality = EmbeddedData.ReadTsv("Events/modality.tsv")
        .Select(r => (Key: EntityLexicon.TokenizeForm(r[0]), Kind: r[2]))
        .Where(r => r.Key.Length == 1)
        .GroupBy(r => r.Key[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);

    /// <summary>One trigger form: its tokens, language, whether it is a noun, PLOVER type, mode and CAMEO code.</summary>
    internal sealed record Trigger(string[] Tokens, string Language, bool Noun, string Type, string Mode, string Cameo);
}
