using System.Globalization;
using Ingest.TextAnalysis.Data;
using Ingest.TextAnalysis.Lexicons;

namespace Ingest.TextAnalysis.Numbers;

/// <summary>The cardinal and ordinal words of each language, loaded once from Data/Numbers.</summary>
internal static class NumberLexicon
{
    public static readonly Lexicon<NumberWord> Arabic = Load("ar");
    public static readonly Lexicon<NumberWord> English = Load("en");
    public static readonly Lexicon<NumberWord> French = Load("fr");

    /// <summary>The Latin-script table for a document language: French for "fr", English otherwise.</summary>
    public static Lexicon<NumberWord> Latin(string language) => language == "fr" ? French : English;

    private static Lexicon<NumberWord> Load(string language)
    {
        var rows = EmbeddedData.ReadTsv("Numbers/cardinals.tsv").Concat(EmbeddedData.ReadTsv("Numbers/ordinals.tsv"));
        return new Lexicon<NumberWord>(rows
            .Where(r => r[0] == language)
            .Select(r => new KeyValuePair<string, NumberWord>(r[1], new NumberWord(
                decimal.Parse(r[2], NumberStyles.Float, CultureInfo.InvariantCulture),
                Enum.Parse<NumberWordKind>(r[3], ignoreCase: true)))));
    }
}
