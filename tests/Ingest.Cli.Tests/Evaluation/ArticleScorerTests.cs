using System.Text.Json.Nodes;
using Ingest.Cli.Evaluation;

namespace Ingest.Cli.Tests.Evaluation;

public sealed class ArticleScorerTests
{
    private const string Body = "قال الرئيس الصيني شي جين بينغ إن التجارة بلغت 190 مليار دولار في عام 2022.";

    [Fact]
    public void Score_FigureWithSameKindUnitAndValue_Matches()
    {
        var report = Score(
            gold: """{"figures":[{"text":"190 مليار دولار","kind":"money","value":190000000000,"unit":"USD","qualifier":"exact","change":null}]}""",
            system: """{"figures":[{"text":"190 مليار دولار","kind":"money","value":190000000000.0001,"unit":"USD","qualifier":"approx","change":null}]}""");

        var figures = report["all"]!["figures"]!;
        Assert.Equal(1, (int)figures["matched"]!);
        Assert.Equal(1.0, (double)figures["f1"]!);
        Assert.Equal(0.0, (double)report["all"]!["figures.qualifier"]!["accuracy"]!);
    }

    [Fact]
    public void Score_FigureWithOtherCurrency_CountsOneMissAndOneExtra()
    {
        var report = Score(
            gold: """{"figures":[{"kind":"money","value":190000000000,"unit":"USD"}]}""",
            system: """{"figures":[{"kind":"money","value":190000000000,"unit":"EUR"}]}""");

        var figures = report["all"]!["figures"]!;
        Assert.Equal(0, (int)figures["matched"]!);
        Assert.Equal(0.0, (double)figures["precision"]!);
        Assert.Equal(0.0, (double)figures["recall"]!);
    }

    [Fact]
    public void Score_EntitySharingAMentionWithDiacritics_Matches()
    {
        var report = Score(
            gold: """{"entities":[{"type":"person","name":"Xi Jinping","mentions":["شي جين بينغ"]}]}""",
            system: """{"entities":[{"id":"e1","type":"person","name":"Xi Jinping","mentions":[{"text":"شِي  جين بينغ","span":[18,29]}]}]}""");

        Assert.Equal(1, (int)report["all"]!["entities.person"]!["matched"]!);
    }

    [Fact]
    public void Score_EntityOfAnotherType_DoesNotMatch()
    {
        var report = Score(
            gold: """{"entities":[{"type":"location","name":"China","mentions":["الصين"]}]}""",
            system: """{"entities":[{"id":"e1","type":"organization","name":"China","mentions":[{"text":"الصين","span":[0,5]}]}]}""");

        Assert.Equal(0, (int)report["all"]!["entities"]!["matched"]!);
    }

    [Fact]
    public void Score_DateWithOtherGranularity_DoesNotMatch()
    {
        var report = Score(
            gold: """{"dates":[{"text":"عام 2022","start":"2022-01-01","end":"2022-12-31","granularity":"year"}]}""",
            system: """{"dates":[{"text":"عام 2022","start":"2022-01-01","end":"2022-12-31","granularity":"range"}]}""");

        Assert.Equal(0, (int)report["all"]!["dates"]!["matched"]!);
    }

    [Fact]
    public void Score_QuoteOverlappingLessThanHalf_DoesNotMatch()
    {
        // Gold: the whole clause after "إن"; the system took only its last word.
        var report = Score(
            gold: """{"quotes":[{"text":"التجارة بلغت 190 مليار دولار في عام 2022","speaker":null}]}""",
            system: """{"quotes":[{"text":"2022","span":[70,74],"speaker":null}]}""");

        Assert.Equal(0, (int)report["all"]!["quotes"]!["matched"]!);
    }

    [Fact]
    public void Score_QuoteWithSpeakerSharingAMention_SpeakerRight()
    {
        var report = Score(
            gold: """{"entities":[{"type":"person","name":"Xi Jinping","mentions":["شي جين بينغ","شي"]}],"quotes":[{"text":"التجارة بلغت 190 مليار دولار في عام 2022","speaker":"Xi Jinping"}]}""",
            system: """{"entities":[{"id":"e7","type":"person","name":"Shi Jin Bing","mentions":[{"text":"شي","span":[18,20]}]}],"quotes":[{"text":"التجارة بلغت 190 مليار دولار في عام 2022","span":[35,74],"speaker":"e7"}]}""");

        Assert.Equal(1, (int)report["all"]!["quotes"]!["matched"]!);
        Assert.Equal(1.0, (double)report["all"]!["quotes.speaker"]!["accuracy"]!);
    }

    [Fact]
    public void Score_EventOfSameTypeSharingAnActor_MatchesAndChecksFullActorList()
    {
        var report = Score(
            gold: """{"entities":[{"type":"person","name":"Xi Jinping","mentions":["شي"]},{"type":"person","name":"Mikhail Mishustin","mentions":["ميشوستين"]}],"events":[{"type":"CONSULT","actors":["Xi Jinping","Mikhail Mishustin"],"date":"2023-05-24"}]}""",
            system: """{"entities":[{"id":"e1","type":"person","name":"Xi","mentions":[{"text":"شي","span":[0,2]}]}],"events":[{"id":"v1","type":"CONSULT","actors":["e1"],"date":"2023-05-24"}]}""");

        Assert.Equal(1, (int)report["all"]!["events"]!["matched"]!);
        Assert.Equal(0.0, (double)report["all"]!["events.actors"]!["accuracy"]!);
        Assert.Equal(1.0, (double)report["all"]!["events.date"]!["accuracy"]!);
    }

    [Fact]
    public void Clean_DiacriticsTatweelAndSpaces_Removed()
    {
        Assert.Equal("محمد بن سلمان", ArticleScorer.Clean("  مُحَمَّـد   بن سلمان "));
        Assert.Equal("Francois Hollande", ArticleScorer.Clean("François Hollande"));
    }

    private static JsonNode Score(string gold, string system)
    {
        var report = new EvaluationReport();
        var goldArticle = (JsonObject)JsonNode.Parse(gold)!;
        goldArticle["id"] = "ar-test";
        goldArticle["lang"] = "ar";
        goldArticle["body"] = Body;
        new ArticleScorer(report, details: null).Score(goldArticle, (JsonObject)JsonNode.Parse(system)!);
        return report.ToJson()["languages"]!;
    }
}
