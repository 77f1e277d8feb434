using System.Collections.Frozen;
using Ingest.TextAnalysis.Data;

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// The particles that join the words of a name ("de", "von der", "bin", "da", "Le" after a given name) and the
/// prefixes written onto a name word ("al-Sisi", "d'Estaing"), from <c>Entities/name-particles.tsv</c>. Keys are
/// compared in the lowercased, folded form of <see cref="TokenKeys.Of"/>.
/// </summary>
internal static class NameParticles
{
    private static readonly FrozenDictionary<string, string> Words;
    private static readonly string[] Prefixes;

    static NameParticles()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var row in EmbeddedData.ReadTsv("Entities/name-particles.tsv"))
        {
            var form = TokenKeys.Of(Normalization.TextNormalizer.Fold(row[0].Trim()));
            if (row[1] == "prefix")
            {
                prefixes.Add(form);
            }
            else
            {
                words[form] = row[1];
            }
        }

        Words = words.ToFrozenDictionary(StringComparer.Ordinal);
        Prefixes = [.. prefixes];
    }

    /// <summary>A particle that joins name words in a person's name (articles included).</summary>
    public static bool IsPersonParticle(string key) => Words.ContainsKey(key);

    /// <summary>A particle that may join name words in any name; the article "Le"/"La" only joins a person's name.</summary>
    public static bool IsParticle(string key) => Words.TryGetValue(key, out var kind) && kind != "article";

    /// <summary>
    /// The name word without its particle prefix ("al-hamdani" -> "hamdani"), in key form, or null when it has none:
    /// the press writes "Saad al-Hamdani" first and "Hamdani" after.
    /// </summary>
    public static string? WithoutPrefix(string key)
    {
        foreach (var prefix in Prefixes)
        {
            if (key.Length > prefix.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>"al-Sisi", "d'Estaing": a particle prefix followed by a capitalized name word.</summary>
    public static bool IsPrefixedName(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
