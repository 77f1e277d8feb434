using Ingest.Contracts;
using Ingest.Pipeline.Normalize;

namespace Ingest.Pipeline.Tests.Normalize;

public sealed class ArticleValidatorTests
{
    private const int Limit = 1024 * 1024;

    [Theory]
    [InlineData("ar-1", "أعلنت وزارة المالية يوم الأحد عن ارتفاع الإيرادات.", null)]
    [InlineData("en-1", "The finance ministry said on Sunday that revenue rose.", "en")]
    [InlineData("fr-1", "Le ministère des Finances a annoncé dimanche une hausse des recettes.", "fr-FR")]
    [InlineData("emoji-1", "Markets rallied 📈 after the announcement.", "EN")]
    public void Validate_GoodArticle_ReturnsNull(string id, string body, string? language) =>
        Assert.Null(ArticleValidator.Validate(new ArticleSubmitted { ArticleId = id, Body = body, Language = language }, Limit));

    [Theory]
    [InlineData(null, "body", null, RejectionReasons.MissingArticleId)]
    [InlineData("  ", "body", null, RejectionReasons.MissingArticleId)]
    [InlineData("id", null, null, RejectionReasons.EmptyBody)]
    [InlineData("id", " \r\n ", null, RejectionReasons.EmptyBody)]
    [InlineData("id", "a\0b", null, RejectionReasons.NotText)]
    [InlineData("id", "bell \u0007 ringing", null, RejectionReasons.NotText)]
    [InlineData("id", "half a pair \uDC00 here", null, RejectionReasons.NotText)]
    [InlineData("id", "decoded garbage \uFFFD here", null, RejectionReasons.NotText)]
    [InlineData("id", "Die Regierung hat neue Maßnahmen angekündigt.", "de", RejectionReasons.UnsupportedLanguage)]
    public void Validate_BadArticle_ReturnsReason(string? id, string? body, string? language, string reason) =>
        Assert.Equal(reason, ArticleValidator.Validate(new ArticleSubmitted { ArticleId = id, Body = body, Language = language }, Limit)?.Reason);

    [Fact]
    public void Validate_BodyOverLimitInUtf8Bytes_RejectsAsTooLarge()
    {
        // 600 Arabic letters are 1200 bytes of UTF-8: over a 1000-byte limit although only 600 characters.
        var body = new string('ب', 600);
        var rejection = ArticleValidator.Validate(new ArticleSubmitted { ArticleId = "big", Body = body }, 1000);
        Assert.Equal(RejectionReasons.BodyTooLarge, rejection?.Reason);
        Assert.Contains("1200", rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooLongArticleId_RejectsAsInvalid() =>
        Assert.Equal(RejectionReasons.InvalidArticleId,
            ArticleValidator.Validate(new ArticleSubmitted { ArticleId = new string('x', 600), Body = "The talks resumed." }, Limit)?.Reason);

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("AR", "ar")]
    [InlineData("ar-EG", "ar")]
    [InlineData("fr_CA", "fr")]
    [InlineData("de", null)]
    public void LanguageCode_Variants_NormalizedOrNull(string given, string? expected) =>
        Assert.Equal(expected, ArticleValidator.LanguageCode(given));
}
