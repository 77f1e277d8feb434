using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Tests.Entities;

public class SeedArticleEntitiesTests
{
    private static readonly IReadOnlyList<Entity> Entities = EntityRecognizer.Recognize(SeedArticle.Document());

    [Theory]
    [InlineData("شي جين بينغ", "Xi Jinping", "CN")]
    [InlineData("ميخائيل ميشوستين", "Mikhail Mishustin", "RU")]
    [InlineData("فلاديمير بوتين", "Vladimir Putin", "RU")]
    [InlineData("لي تشيانغ", "Li Qiang", "CN")]
    [InlineData("ألكسندر نوفاك", null, null)]
    [InlineData("ريان هاس", null, null)]
    public void Recognize_SeedArticle_FindsEveryPerson(string mention, string? name, string? country)
    {
        var person = SeedArticle.Find(Entities, EntityType.Person, mention);
        if (name is not null)
        {
            Assert.Equal(name, person.Name);
        }

        if (country is not null)
        {
            Assert.Equal(country, person.Country);
        }
    }

    [Theory]
    [InlineData("الصين", "China")]
    [InlineData("روسيا", "Russia")]
    [InlineData("بكين", "Beijing")]
    [InlineData("موسكو", "Moscow")]
    [InlineData("أوكرانيا", "Ukraine")]
    [InlineData("تايوان", "Taiwan")]
    [InlineData("قاعة الشعب", "Great Hall of the People")]
    public void Recognize_SeedArticle_FindsEveryLocation(string mention, string name) =>
        Assert.Equal(name, SeedArticle.Find(Entities, EntityType.Location, mention).Name);

    [Theory]
    [InlineData("وكالة أنباء الصين الجديدة")]
    [InlineData("الأمم المتحدة")]
    [InlineData("منظمة شنغهاي للتعاون")]
    [InlineData("مجموعة البريكس")]
    [InlineData("مجموعة العشرين")]
    [InlineData("الجمارك الصينية")]
    [InlineData("مجلس الدولة الصيني")]
    [InlineData("الحكومة الصينية")]
    [InlineData("معهد بروكينغز")]
    [InlineData("وكالة فرانس برس")]
    public void Recognize_SeedArticle_FindsEveryOrganization(string mention) =>
        Assert.NotNull(SeedArticle.Find(Entities, EntityType.Organization, mention));

    [Fact]
    public void Recognize_SeedArticle_JoinsBareFirstNameAndBracketedAbbreviation()
    {
        var xi = SeedArticle.Find(Entities, EntityType.Person, "شي جين بينغ");
        Assert.Contains(xi.Mentions, m => m.Text == "شي");
        var xinhua = SeedArticle.Find(Entities, EntityType.Organization, "وكالة أنباء الصين الجديدة");
        Assert.Contains(xinhua.Mentions, m => m.Text == "شينخوا");
        Assert.Contains(xinhua.Mentions, m => m.Text == "الصين الجديدة");
    }

    [Fact]
    public void Recognize_SeedArticle_EachEntityOnceWithSpansIntoTheOriginal()
    {
        var body = SeedArticle.Body;
        Assert.Equal(Entities.Count, Entities.Select(e => (e.Type, e.Name)).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Entities.Count).Select(i => "e" + i), Entities.Select(e => e.Id));
        foreach (var mention in Entities.SelectMany(e => e.Mentions).Where(m => m.Text != "الجمارك الصينية"))
        {
            Assert.Equal(mention.Text, body[mention.Span.Start..mention.Span.End]);
        }
    }

    [Fact]
    public void Recognize_SeedArticle_AdjectivesAreNotLocations()
    {
        // "الصينية", "الروسي" qualify nouns; they are not mentions of China or Russia.
        Assert.DoesNotContain(Entities.SelectMany(e => e.Mentions), m => m.Text is "الصيني" or "الروسي" or "الصينية");
    }
}
