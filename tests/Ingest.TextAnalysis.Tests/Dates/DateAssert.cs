using System.Globalization;
using Ingest.TextAnalysis.Dates;

namespace Ingest.TextAnalysis.Tests.Dates;

/// <summary>The check the date tests share: a mention's resolved range and granularity.</summary>
internal static class DateAssert
{
    public static void Range(DateMention date, string start, string end, DateGranularity granularity)
    {
        Assert.NotNull(date.Range);
        Assert.Equal(start, date.Range!.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(end, date.Range!.Value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(granularity, date.Granularity);
    }
}
