using Ingest.TextAnalysis.Languages;

namespace Ingest.TextAnalysis.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("التقى رئيس الوزراء الروسي نظيره الصيني في بكين يوم الأربعاء لبحث التعاون الاقتصادي.", "ar")]
    [InlineData("The central bank raised its main interest rate on Wednesday and said inflation would ease by the end of the year.", "en")]
    [InlineData("La banque centrale a relevé mercredi son taux directeur et a indiqué que l'inflation devrait ralentir d'ici la fin de l'année.", "fr")]
    public void Identify_NewsSentence_ItsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("Die Zentralbank hat am Mittwoch ihren Leitzins erhöht und erwartet eine sinkende Inflation.")]
    [InlineData("بانک مرکزی روز چهارشنبه نرخ بهره را افزایش داد و گفت تورم کاهش خواهد یافت.")]
    [InlineData("12345 67890 !!!")]
    [InlineData("Центральный банк в среду повысил ключевую ставку.")]
    public void Identify_OtherLanguagesOrNoText_Unknown(string text)
    {
        Assert.Equal("unknown", LanguageIdentifier.Identify(text));
    }
}
