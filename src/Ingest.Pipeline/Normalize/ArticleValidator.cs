using System.Text;
using Ingest.Contracts;
using Ingest.TextAnalysis.Languages;

namespace Ingest.Pipeline.Normalize;

/// <summary>
/// Decides whether an article can enter the pipeline. Every failure has a stable reason code and a message that
/// says what to fix; nothing here throws on bad input.
/// </summary>
public static class ArticleValidator
{
    /// <summary>The longest publisher id accepted (it is a key in the <c>articles</c> table).</summary>
    public const int MaxArticleIdLength = 512;

    /// <summary>Returns null when the article is acceptable, else the rejection.</summary>
    public static Rejection? Validate(ArticleSubmitted article, int maxBodyBytes)
    {
        if (string.IsNullOrWhiteSpace(article.ArticleId))
        {
            return new Rejection(RejectionReasons.MissingArticleId, "The message has no ArticleId; every article needs the publisher's id.");
        }

        if (article.ArticleId.Length > MaxArticleIdLength || !IsText(article.ArticleId, out _))
        {
            return new Rejection(RejectionReasons.InvalidArticleId, $"ArticleId must be text of at most {MaxArticleIdLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(article.Body))
        {
            return new Rejection(RejectionReasons.EmptyBody, "The article body is missing or empty.");
        }

        var bytes = Encoding.UTF8.GetByteCount(article.Body);
        if (bytes > maxBodyBytes)
        {
            return new Rejection(RejectionReasons.BodyTooLarge, $"The body is {bytes} bytes of UTF-8; the limit is {maxBodyBytes}.");
        }

        foreach (var (field, value) in new[] { ("Body", article.Body), ("Title", article.Title) })
        {
            if (value is not null && !IsText(value, out var problem))
            {
                return new Rejection(RejectionReasons.NotText, $"{field} is not text: {problem}.");
            }
        }

        if (!string.IsNullOrWhiteSpace(article.Language) && LanguageCode(article.Language) is null)
        {
            return new Rejection(RejectionReasons.UnsupportedLanguage,
                $"Language '{article.Language}' is not supported; supported: {string.Join(", ", LanguageIdentifier.Supported)}.");
        }

        return null;
    }

    /// <summary>"AR", "ar-EG", "fr_FR" → "ar", "fr"; null for unsupported languages.</summary>
    public static string? LanguageCode(string language)
    {
        var code = language.Trim();
        var cut = code.IndexOfAny(['-', '_']);
        code = (cut > 0 ? code[..cut] : code).ToLowerInvariant();
        return LanguageIdentifier.Supported.Contains(code) ? code : null;
    }

    /// <summary>
    /// Text is Unicode without NUL or other control characters (tab, line feed and carriage return are whitespace,
    /// not control) and without unpaired surrogates (what a binary payload decoded as UTF-16 looks like).
    /// </summary>
    public static bool IsText(string value, out string? problem)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                problem = $"unpaired surrogate at offset {i}";
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                problem = $"unpaired surrogate at offset {i}";
                return false;
            }

            if (c == '\uFFFD')
            {
                problem = $"replacement character U+FFFD at offset {i} (the text was decoded from invalid bytes)";
                return false;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                problem = c == '\0' ? $"NUL character at offset {i}" : $"control character U+{(int)c:X4} at offset {i}";
                return false;
            }
        }

        problem = null;
        return true;
    }
}
