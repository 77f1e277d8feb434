using System.Globalization;
using Ingest.Contracts;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>
/// Short articles written for the load and fault tests, in the three languages, with figures and dates that vary with
/// the index so no two are the same text.
/// </summary>
public static class SyntheticArticles
{
    public static ArticleSubmitted Good(string id, int i)
    {
        var n = (i % 90) + 10;
        var body = (i % 3) switch
        {
            0 => $"قال وزير المالية إن الصادرات ارتفعت بنسبة {n}٪ في عام 2022، لتصل إلى {n} مليار دولار.",
            1 => $"The finance minister said on Tuesday that exports rose {n}% in 2022 to {n} billion dollars.",
            _ => $"Le ministre des Finances a déclaré mardi que les exportations ont progressé de {n} % en 2022, à {n} milliards d'euros.",
        };
        return new ArticleSubmitted
        {
            ArticleId = id,
            Body = body,
            Source = "synthetic",
            PublishedAt = new DateTimeOffset(2023, 5, 24, 0, 0, 0, TimeSpan.Zero).AddDays(-(i % 30)),
        };
    }

    public static string Text(int i) => Good("x", i).Body!;

    public static string Index(int i) => i.ToString("D5", CultureInfo.InvariantCulture);
}
