using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Contracts;

namespace Ingest.Cli.Publishing;

/// <summary>
/// Reads articles to publish: a <c>.txt</c> file is one article (its id is the file name; a trailing
/// <c>YYYY-MM-DD</c> in the name is taken as the publication date); <c>.json</c> holds one article object and
/// <c>.jsonl</c> one per line, either with the <see cref="ArticleSubmitted"/> fields or as the article lines of the
/// evaluation files (<c>id</c>, <c>lang</c>, <c>published_at</c>, <c>title</c>, <c>source</c>, <c>body</c>).
/// </summary>
internal static partial class ArticleFileReader
{
    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TrailingDate();

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (path == "-" || File.Exists(path))
            {
                yield return path;
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }
    }

    public static IEnumerable<ArticleSubmitted> Read(string path)
    {
        if (path == "-")
        {
            return ReadLines(Console.In, "stdin");
        }

        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return [FromText(path)];
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return [FromJson(document.RootElement, path)];
        }

        return ReadFile(path);
    }

    private static IEnumerable<ArticleSubmitted> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var article in ReadLines(reader, path))
        {
            yield return article;
        }
    }

    private static IEnumerable<ArticleSubmitted> ReadLines(TextReader reader, string origin)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !HasAny(document.RootElement, "body", "Body"))
            {
                continue; // expression cases and other lines are not articles
            }

            yield return FromJson(document.RootElement, $"{origin}:{number}");
        }
    }

    private static ArticleSubmitted FromText(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var match = TrailingDate().Match(id);
        DateTimeOffset? published = match.Success && DateTime.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
        return new ArticleSubmitted { ArticleId = id, Body = File.ReadAllText(path), PublishedAt = published, Source = "file" };
    }

    private static ArticleSubmitted FromJson(JsonElement e, string origin)
    {
        var metadata = Get(e, "metadata", "Metadata") is { ValueKind: JsonValueKind.Object } m
            ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())
            : null;
        return new ArticleSubmitted
        {
            ArticleId = String(e, "articleId", "ArticleId", "article_id", "id") ?? origin,
            Source = String(e, "source", "Source"),
            Url = String(e, "url", "Url"),
            Language = String(e, "language", "Language", "lang"),
            Title = String(e, "title", "Title"),
            Body = String(e, "body", "Body"),
            PublishedAt = Date(String(e, "publishedAt", "PublishedAt", "published_at")),
            Metadata = metadata,
        };
    }

    private static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static bool HasAny(JsonElement e, params string[] names) => names.Any(n => e.TryGetProperty(n, out _));

    private static JsonElement? Get(JsonElement e, params string[] names)
    {
        foreach (var name in names)
        {
            if (e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }

        return null;
    }

    private static string? String(JsonElement e, params string[] names) =>
        Get(e, names) is { } value ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
