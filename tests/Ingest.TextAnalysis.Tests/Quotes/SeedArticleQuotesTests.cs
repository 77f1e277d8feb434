using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Tests.Quotes;

public class SeedArticleQuotesTests
{
    private static readonly AnalysisDocument Document = SeedArticle.Document();
    private static readonly IReadOnlyList<Entity> Entities = EntityRecognizer.Recognize(Document);
    private static readonly IReadOnlyList<Quote> Quotes = QuoteExtractor.Extract(Document, Entities);

    [Theory]
    [InlineData("دعمه القوي", "Xi Jinping")]
    [InlineData("المصالح الأساسية", "Xi Jinping")]
    [InlineData("تعزيز", "Xi Jinping")]
    [InlineData("الصين مستعدة لمواصلة الدعم المتبادل", "Xi Jinping")]
    [InlineData("تعزيز التنسيق في المنتديات", "Xi Jinping")]
    [InlineData("رفع التعاون في مختلف المجالات", "Xi Jinping")]
    [InlineData("تعزيز مستوى التعاون الاقتصادي", "Xi Jinping")]
    [InlineData("على مستوى غير مسبوق", "Mikhail Mishustin")]
    [InlineData("إنهما يتسمان بالاحترام المتبادل", "Mikhail Mishustin")]
    [InlineData("حجم الاستثمار بين البلدين آخذ في النمو", "Li Qiang")]
    [InlineData("أصبحوا أقرب بسبب المظالم", "ريان هاس")]
    [InlineData("إنهم مستاؤون ويشعرون بالتهديد", "ريان هاس")]
    [InlineData("تسوية سياسية", "Government of China")]
    public void Extract_SeedArticle_EveryQuoteWithItsSpeaker(string start, string speaker)
    {
        var quote = Assert.Single(Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal) && (start != "تعزيز" || q.Text == start));
        var entity = Assert.Single(Entities, e => e.Id == quote.SpeakerId);
        Assert.True(entity.Name == speaker || entity.Mentions.Any(m => m.Text == speaker), $"speaker {entity.Name}");
        Assert.Equal(quote.Text, Document.Original[quote.Span.Start..quote.Span.End]);
    }

    [Fact]
    public void Extract_SeedArticle_ThirteenQuotesAndTheReportingVerbsAsWritten()
    {
        Assert.Equal(13, Quotes.Count);
        Assert.Contains(Quotes, q => q.ReportingVerb == "وأضاف");
        Assert.Contains(Quotes, q => q.ReportingVerb == "قوله");
    }
}
