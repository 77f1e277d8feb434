using Ingest.Contracts.Annotations;
using Ingest.Contracts.Stages;

namespace Ingest.Pipeline.Tests;

/// <summary>Hand-built messages for tests that must not depend on what the extractors find.</summary>
internal static class TestMessages
{
    public const string Body = "التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الروسي في بكين يوم الأربعاء، وبلغت التجارة 190 مليار دولار.";

    public static ArticleAnalyzed Analyzed(string articleId = "t-1", string version = "0.1.0") => new()
    {
        Article = new ArticleContent
        {
            ArticleId = articleId,
            Body = Body,
            Language = "ar",
            ReceivedAt = new DateTimeOffset(2023, 5, 24, 10, 0, 0, TimeSpan.Zero),
            SubmittedAt = new DateTimeOffset(2023, 5, 24, 10, 0, 0, TimeSpan.Zero),
            PublishedAt = new DateTimeOffset(2023, 5, 24, 0, 0, 0, TimeSpan.Zero),
            ContentHash = "hash",
        },
        Sentences = [new SentenceAnnotation { Start = 0, End = Body.Length, Paragraph = 0 }],
        Entities =
        [
            new EntityAnnotation { LocalId = "e1", Type = "person", Name = "Xi Jinping", Country = "CN", Mentions = [new MentionAnnotation { Text = "شي جين بينغ", Start = 20, End = 31, Sentence = 0 }] },
            new EntityAnnotation { LocalId = "e2", Type = "location", Name = "Beijing", Country = "CN", Mentions = [new MentionAnnotation { Text = "بكين", Start = 54, End = 58, Sentence = 0 }] },
        ],
        Dates = [new DateAnnotation { Text = "يوم الأربعاء", Start = 59, End = 71, Sentence = 0, StartDate = new DateOnly(2023, 5, 24), EndDate = new DateOnly(2023, 5, 24), Granularity = "day" }],
        Figures =
        [
            new FigureAnnotation { Kind = "money", Value = 190_000_000_000m, Unit = "USD", Qualifier = "exact", Text = "190 مليار دولار", Start = 86, End = 101, Sentence = 0 },

            // Two figures on one span (a range read two ways) must still get two ids.
            new FigureAnnotation { Kind = "money", Value = 190_000_000_000m, Unit = "USD", Qualifier = "exact", Text = "190 مليار دولار", Start = 86, End = 101, Sentence = 0 },
        ],
        Quotes = [],
        Events =
        [
            new EventAnnotation
            {
                Type = "CONSULT", Mode = "meet", Cameo = "040", Trigger = "التقى", Text = "التقى الرئيس الصيني", Start = 0, End = 19, Sentence = 0,
                Participants = [new EventParticipantAnnotation { EntityLocalId = "e1", Role = "source" }], LocationLocalId = "e2", Date = new DateOnly(2023, 5, 24),
            },
        ],
        ExtractorVersion = version,
    };
}
