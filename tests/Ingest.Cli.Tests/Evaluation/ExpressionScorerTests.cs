using System.Text.Json.Nodes;
using Ingest.Cli.Evaluation;

namespace Ingest.Cli.Tests.Evaluation;

public sealed class ExpressionScorerTests
{
    [Fact]
    public void Score_ExpectedNumberFound_Passes()
    {
        Assert.True(Passes(
            """{"suite":"duckling/Numeral/AR","input":"ثلاثة وعشرين","expect":[{"kind":"number","value":23}]}""",
            """{"found":[{"kind":"number","value":23}]}"""));
    }

    [Fact]
    public void Score_CompoundReadAsTwoNumbers_Fails()
    {
        Assert.False(Passes(
            """{"suite":"duckling/Numeral/AR","input":"ثلاثة وعشرين","expect":[{"kind":"number","value":23}]}""",
            """{"found":[{"kind":"number","value":3},{"kind":"number","value":20}]}"""));
    }

    [Fact]
    public void Score_NothingExpectedButMoneyFound_Fails()
    {
        Assert.False(Passes(
            """{"suite":"duckling/AmountOfMoney/EN","input":"exactly dollars","expect":[]}""",
            """{"found":[{"kind":"money","value":1,"unit":"USD"}]}"""));
    }

    [Fact]
    public void Score_NothingExpectedAndOnlyAnotherKindFound_Passes()
    {
        Assert.True(Passes(
            """{"suite":"duckling/AmountOfMoney/EN","input":"two of them","expect":[]}""",
            """{"found":[{"kind":"number","value":2}]}"""));
    }

    [Fact]
    public void Score_MoneyWithWrongCurrency_Fails()
    {
        Assert.False(Passes(
            """{"suite":"duckling/AmountOfMoney/FR","input":"10 euros","expect":[{"kind":"money","value":10,"unit":"EUR"}]}""",
            """{"found":[{"kind":"money","value":10,"unit":"USD"}]}"""));
    }

    [Fact]
    public void Score_DateWithSameRange_Passes()
    {
        Assert.True(Passes(
            """{"suite":"duckling/Time/AR","input":"غدا","ref":"2013-02-12","expect":[{"kind":"date","start":"2013-02-13","end":"2013-02-13","granularity":"day"}]}""",
            """{"found":[{"kind":"date","start":"2013-02-13","end":"2013-02-13","granularity":"day"}]}"""));
    }

    private static bool Passes(string gold, string system)
    {
        var report = new EvaluationReport();
        new ExpressionScorer(report, details: null).Score((JsonObject)JsonNode.Parse(gold)!, (JsonObject)JsonNode.Parse(system)!);
        var suite = ((JsonObject)report.ToJson()["suites"]!).Single().Value!;
        return (int)suite["passed"]! == 1;
    }
}
