namespace Ingest.Contracts;

/// <summary>The reason codes of <see cref="ArticleRejected"/>; stable across versions.</summary>
public static class RejectionReasons
{
    public const string MissingArticleId = "missing_article_id";
    public const string InvalidArticleId = "invalid_article_id";
    public const string EmptyBody = "empty_body";
    public const string BodyTooLarge = "body_too_large";
    public const string NotText = "not_text";
    public const string UnsupportedLanguage = "unsupported_language";
}
