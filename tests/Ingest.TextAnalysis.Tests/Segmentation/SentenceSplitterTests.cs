using Ingest.TextAnalysis.Normalization;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_EnglishAbbreviationsAndDecimals_NotSentenceEnds()
    {
        const string text = "The U.S. economy grew 2.5 percent, Dr. Smith said. Exports rose by $1.2 billion.";

        var sentences = Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Exports", sentences[1]);
    }

    [Fact]
    public void Split_SixLetterAbbreviationBeforeANumber_NotASentenceEnd()
    {
        // "approx" is the table's longest entry: the length guard before the lookup must let it through.
        var sentences = Split("Shipments fell by approx. 40 percent in March. Prices held steady.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Prices", sentences[1]);
    }

    [Fact]
    public void Split_FrenchTitleAbbreviation_NotASentenceEnd()
    {
        var sentences = Split("M. Le Maire a rencontré son homologue lundi. Les deux ministres ont signé un accord.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("M. Le Maire", sentences[0]);
    }

    [Fact]
    public void Split_ArabicQuestionMarkAndFullStop_SentenceEnds()
    {
        var sentences = Split("هل ترتفع الأسعار؟ قال الوزير إن الحكومة مستعدة. وأضاف أن النمو سيبلغ 3.9 بالمئة.");

        Assert.Equal(3, sentences.Count);
        Assert.Contains("3.9", sentences[2]);
    }

    [Fact]
    public void Split_FullStopInsideAQuote_SentenceKeepsTheClosingQuote()
    {
        var sentences = Split("وقال الرئيس: “نحن مستعدون للحوار.” ثم غادر القاعة.");

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("”", sentences[0]);
    }

    [Fact]
    public void Split_BlankLine_StartsANewParagraph()
    {
        var text = TextNormalizer.Normalize("العنوان الأول\n\nالفقرة الأولى. جملة ثانية.\n\nالفقرة الثانية.");

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(4, sentences.Length);
        Assert.Equal(0, sentences[0].Paragraph);
        Assert.Equal(1, sentences[1].Paragraph);
        Assert.Equal(1, sentences[2].Paragraph);
        Assert.Equal(2, sentences[3].Paragraph);
    }

    private static List<string> Split(string original)
    {
        var text = TextNormalizer.Normalize(original);
        return SentenceSplitter.Split(text).Select(s => original[s.Span.Start..s.Span.End].Trim()).ToList();
    }
}
