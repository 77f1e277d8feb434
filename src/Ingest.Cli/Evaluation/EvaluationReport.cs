using System.Globalization;
using System.Text.Json.Nodes;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Everything one <c>ingest eval</c> run measured: list tallies and attribute accuracies by language (articles), and
/// case pass rates by suite (expression cases). Prints one table and serializes to JSON for tracking over time.
/// </summary>
internal sealed class EvaluationReport
{
    private const string All = "all";

    private readonly SortedDictionary<string, SortedDictionary<string, Tally>> _tallies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedDictionary<string, Accuracy>> _accuracies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Passed, int Total)> _suites = new(StringComparer.Ordinal);

    public int Articles { get; set; }

    public void Add(string language, string list, int matched, int systemCount, int goldCount)
    {
        foreach (var key in new[] { language, All })
        {
            Get(_tallies, key, list).Add(matched, systemCount, goldCount);
        }
    }

    public void Accuracy(string language, string name, bool right)
    {
        foreach (var key in new[] { language, All })
        {
            Get(_accuracies, key, name).Add(right);
        }
    }

    public void Case(string suite, bool passed)
    {
        _suites.TryGetValue(suite, out var s);
        _suites[suite] = (s.Passed + (passed ? 1 : 0), s.Total + 1);
    }

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        if (_tallies.Count > 0)
        {
            output.WriteLine(string.Create(c, $"Articles: {Articles}"));
            output.WriteLine(string.Create(c, $"{"lang",-5} {"list",-22} {"gold",5} {"sys",5} {"match",6} {"P",6} {"R",6} {"F1",6}"));
            foreach (var (language, lists) in _tallies.OrderBy(t => t.Key == All ? 1 : 0).ThenBy(t => t.Key, StringComparer.Ordinal))
            {
                foreach (var (list, t) in lists)
                {
                    output.WriteLine(string.Create(c, $"{language,-5} {list,-22} {t.Gold,5} {t.System,5} {t.Matched,6} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000}"));
                }

                if (_accuracies.TryGetValue(language, out var accuracies))
                {
                    foreach (var (name, a) in accuracies)
                    {
                        output.WriteLine(string.Create(c, $"{language,-5} {name,-22} accuracy {a.Value:0.000} ({a.Right}/{a.Scored})"));
                    }
                }
            }
        }

        if (_suites.Count > 0)
        {
            output.WriteLine(string.Create(c, $"{"suite",-36} {"passed",7} {"total",6} {"rate",6}"));
            foreach (var (suite, (passed, total)) in _suites)
            {
                output.WriteLine(string.Create(c, $"{suite,-36} {passed,7} {total,6} {(double)passed / total,6:0.000}"));
            }

            var p = _suites.Values.Sum(s => s.Passed);
            var n = _suites.Values.Sum(s => s.Total);
            output.WriteLine(string.Create(c, $"{"all",-36} {p,7} {n,6} {(double)p / n,6:0.000}"));
        }
    }

    public JsonObject ToJson()
    {
        var languages = new JsonObject();
        foreach (var (language, lists) in _tallies)
        {
            var entry = new JsonObject();
            foreach (var (list, t) in lists)
            {
                entry[list] = new JsonObject
                {
                    ["gold"] = t.Gold, ["system"] = t.System, ["matched"] = t.Matched,
                    ["precision"] = Math.Round(t.Precision, 4), ["recall"] = Math.Round(t.Recall, 4), ["f1"] = Math.Round(t.F1, 4),
                };
            }

            if (_accuracies.TryGetValue(language, out var accuracies))
            {
                foreach (var (name, a) in accuracies)
                {
                    entry[name] = new JsonObject { ["accuracy"] = Math.Round(a.Value, 4), ["right"] = a.Right, ["scored"] = a.Scored };
                }
            }

            languages[language] = entry;
        }

        var suites = new JsonObject();
        foreach (var (suite, (passed, total)) in _suites)
        {
            suites[suite] = new JsonObject { ["passed"] = passed, ["total"] = total, ["rate"] = Math.Round((double)passed / total, 4) };
        }

        return new JsonObject { ["articles"] = Articles, ["languages"] = languages, ["suites"] = suites };
    }

    private static T Get<T>(SortedDictionary<string, SortedDictionary<string, T>> table, string key, string name)
        where T : new()
    {
        if (!table.TryGetValue(key, out var inner))
        {
            table[key] = inner = new SortedDictionary<string, T>(StringComparer.Ordinal);
        }

        if (!inner.TryGetValue(name, out var value))
        {
            inner[name] = value = new T();
        }

        return value;
    }
}
