using Ingest.TextAnalysis.Numbers;

namespace Ingest.TextAnalysis.Tests.Numbers;

public sealed class NumberParserTests
{
    private static ParsedNumber Parse(string text, string language)
    {
        var document = AnalysisDocument.Create(text, language, new DateOnly(2024, 1, 15));
        Assert.True(NumberParser.TryParse(document.Folded, document.Tokens, 0, language, out var number), $"no number in \"{text}\"");
        return number;
    }

    [Theory]
    [InlineData("ثلاثة وعشرون", 23)]
    [InlineData("ثلاث و عشرين", 23)]
    [InlineData("خمسمائة و خمسة و عشرون", 525)]
    [InlineData("مئتين", 200)]
    [InlineData("ثلاثمائة وخمسون ألفا", 350_000)]
    [InlineData("ألفين", 2000)]
    [InlineData("عشرة آلاف", 10_000)]
    [InlineData("مليون ومئتا ألف", 1_200_000)]
    [InlineData("ثلاثة ملايين", 3_000_000)]
    [InlineData("مليارًا ونصف المليار", 1_500_000_000)]
    [InlineData("ثلاثة عشر", 13)]
    [InlineData("اتناشر", 12)]
    [InlineData("متين واحد وعشرين", 221)]
    public void TryParse_ArabicWords_CombinesAllForms(string text, int expected) => Assert.Equal(expected, Parse(text, "ar").Value);

    [Theory]
    [InlineData("190 مليار", 190_000_000_000)]
    [InlineData("70 مليارا", 70_000_000_000)]
    [InlineData("1.5 مليار", 1_500_000_000)]
    [InlineData("7006 ملايين", 7_006_000_000)]
    [InlineData("100 ألف", 100_000)]
    [InlineData("48 ألفا و500", 48_500)]
    [InlineData("ألفين و300", 2_300)]
    [InlineData("3 ملايين و200 ألف", 3_200_000)]
    public void TryParse_DigitsAndArabicScale_MultipliesTheScale(string text, long expected) => Assert.Equal(expected, Parse(text, "ar").Value);

    [Theory]
    [InlineData("5ر9", 9.5)]
    [InlineData("7ر2", 2.7)]
    [InlineData("25ر12", 12.25)]
    public void TryParse_EgyptianPressDecimal_ReadsFractionFirst(string text, double expected) => Assert.Equal((decimal)expected, Parse(text, "ar").Value);

    [Theory]
    [InlineData("٤٫٥", "ar", 4.5)]
    [InlineData("١٠٬٠٠٠", "ar", 10_000)]
    [InlineData("190,000", "en", 190_000)]
    [InlineData("1,234.5", "en", 1234.5)]
    [InlineData("7.428,7", "fr", 7428.7)]
    [InlineData("15.000", "fr", 15_000)]
    [InlineData("4,7", "fr", 4.7)]
    [InlineData("10 000", "fr", 10_000)]
    [InlineData("0.002", "en", 0.002)]
    public void TryParse_DigitSeparators_FollowTheLanguage(string text, string language, double expected) =>
        Assert.Equal((decimal)expected, Parse(text, language).Value);

    [Theory]
    [InlineData("seven hundred twenty-one thousand and twelve", "en", 721_012)]
    [InlineData("two point two million", "en", 2_200_000)]
    [InlineData("a dozen", "en", 12)]
    [InlineData("quatre vingt dix neuf", "fr", 99)]
    [InlineData("vingt-et-un", "fr", 21)]
    [InlineData("un million deux cent mille", "fr", 1_200_000)]
    [InlineData("3.5bn", "en", 3_500_000_000)]
    public void TryParse_EnglishAndFrenchWords_CombineAllForms(string text, string language, long expected) =>
        Assert.Equal(expected, Parse(text, language).Value);

    [Theory]
    [InlineData("الحادي والعشرين", "ar", 21)]
    [InlineData("الثالث عشر", "ar", 13)]
    [InlineData("twenty-fifth", "en", 25)]
    [InlineData("42nd", "en", 42)]
    [InlineData("1er", "fr", 1)]
    [InlineData("onzième", "fr", 11)]
    public void TryParse_Ordinals_AreMarkedOrdinal(string text, string language, int expected)
    {
        var number = Parse(text, language);
        Assert.True(number.IsOrdinal);
        Assert.Equal(expected, number.Value);
    }

    [Fact]
    public void TryParse_DefiniteCardinal_StaysCardinal()
    {
        var number = Parse("الأربعة", "ar");
        Assert.False(number.IsOrdinal);
        Assert.Equal(4, number.Value);
    }
}
