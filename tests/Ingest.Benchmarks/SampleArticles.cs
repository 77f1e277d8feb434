namespace Ingest.Benchmarks;

/// <summary>The project's sample articles (deploy/samples, copied next to the benchmarks), with their dates.</summary>
internal static class SampleArticles
{
    public static (string Body, string Language, DateOnly Published) Arabic => Load("ar-china-russia-2023-05-24.txt", "ar", new DateOnly(2023, 5, 24));

    public static (string Body, string Language, DateOnly Published) English => Load("en-egypt-imf-2024-03-07.txt", "en", new DateOnly(2024, 3, 7));

    public static (string Body, string Language, DateOnly Published) French => Load("fr-maroc-phosphates-2024-04-15.txt", "fr", new DateOnly(2024, 4, 15));

    private static (string, string, DateOnly) Load(string name, string language, DateOnly published) =>
        (File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)), language, published);
}
