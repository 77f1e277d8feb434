using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Languages.Arabic;

namespace Ingest.TextAnalysis.Tests.Languages.Arabic;

public sealed class ArabicTransliteratorTests
{
    [Theory]
    [InlineData("أيمن الصفدي", "Ayman al-Safadi")]
    [InlineData("ماهر الحسن", "Maher al-Hassan")]
    public void Transliterate_DefiniteFamilyName_KeepsTheArticle(string written, string expected) =>
        Assert.Equal(expected, Transliterate(written));

    [Fact]
    public void Transliterate_NameOpeningWithHamzaAlefLam_HasNoArticle()
    {
        var name = Transliterate("ألكسندر نوفاك");
        Assert.StartsWith("Al", name, StringComparison.Ordinal);
        Assert.DoesNotContain("al-", name, StringComparison.Ordinal);
    }

    // The recognizer folds the text first and passes the name as written alongside.
    private static string Transliterate(string written)
    {
        var document = AnalysisDocument.Create(written, "ar", null);
        return ArabicTransliterator.Transliterate(document.Folded, EntityLexicon.Transliteration, EntityLexicon.NameWords, written);
    }
}
