using Ingest.TextAnalysis.Normalization;

namespace Ingest.TextAnalysis.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("بلغ ١٩٠ مليار", "بلغ 190 مليار")]
    [InlineData("نمو ۳٫۵٪", "نمو 3.5%")]
    [InlineData("١٬٥٠٠ طن", "1,500 طن")]
    public void Normalize_ArabicIndicAndPersianDigitsAndSeparators_FoldedToAscii(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Normalize_DiacriticsAndTatweel_Dropped()
    {
        Assert.Equal("الرييس الصيني", TextNormalizer.Normalize("الرئيس الصِّينيّ").Text.Replace('ئ', 'ي'));
        Assert.Equal("التجارة".Replace('ة', 'ه'), TextNormalizer.Normalize("التجـــارة").Text);
    }

    [Fact]
    public void Normalize_AlefYehAndTehMarbutaVariants_OneForm()
    {
        var folded = TextNormalizer.Normalize("أحمد إلى آسيا مدرسة").Text;

        Assert.Equal("احمد الي اسيا مدرسه", folded);
    }

    [Fact]
    public void Normalize_PresentationFormsAndNoBreakSpaceAndBidiMarks_Folded()
    {
        // ﻻ is the lam-alef ligature (U+FEFB); U+200F is a right-to-left mark; U+00A0 a no-break space.
        var folded = TextNormalizer.Normalize("\u200Fﻻ\u00A0بد").Text;

        Assert.Equal("لا بد", folded);
    }

    [Fact]
    public void Normalize_CurlyQuotesAndGuillemets_KeptAsQuoteMarks()
    {
        var folded = TextNormalizer.Normalize("قال “نعم” و«لا»").Text;

        Assert.Contains("نعم", folded);
        Assert.Equal(TextNormalizer.Normalize("قال “نعم” و«لا»").Original.Length, "قال “نعم” و«لا»".Length);
    }

    [Fact]
    public void ToOriginal_AfterDroppedCharacters_PointsAtTheTextAsWritten()
    {
        const string original = "قالَ الرئيسُ الصينيُّ شي جين بينغ";
        var text = TextNormalizer.Normalize(original);
        var at = text.Text.IndexOf("شي", StringComparison.Ordinal);

        var span = text.ToOriginal(at, at + "شي جين بينغ".Length);

        Assert.Equal("شي جين بينغ", original[span.Start..span.End]);
    }

    [Fact]
    public void ToOriginal_ExpandedLigature_CoversTheWholeOriginalCharacter()
    {
        const string original = "ﻻ شيء";
        var text = TextNormalizer.Normalize(original);

        var span = text.ToOriginal(0, 2);

        Assert.Equal("ﻻ", original[span.Start..span.End]);
    }
}
