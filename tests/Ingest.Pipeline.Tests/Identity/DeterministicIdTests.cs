using Ingest.Pipeline.Identity;

namespace Ingest.Pipeline.Tests.Identity;

public sealed class DeterministicIdTests
{
    [Fact]
    public void Create_SameParts_SameIdAcrossCalls() =>
        Assert.Equal(DeterministicId.Create("event", "a-1", "0.1.0", "10-20"), DeterministicId.Create("event", "a-1", "0.1.0", "10-20"));

    [Fact]
    public void Create_PartsSplitDifferently_DifferentIds() =>
        Assert.NotEqual(DeterministicId.Create("ab", "c"), DeterministicId.Create("a", "bc"));

    [Fact]
    public void Create_Always_Version5RfcVariant()
    {
        var text = DeterministicId.Create("figure", "x").ToString();
        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void ForAnnotation_OtherExtractorVersion_OtherId() =>
        Assert.NotEqual(
            DeterministicId.ForAnnotation("a-1", "0.1.0", "event", "10-20"),
            DeterministicId.ForAnnotation("a-1", "0.2.0", "event", "10-20"));
}
