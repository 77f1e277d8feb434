using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Figures;

namespace Ingest.Pipeline.Mapping;

/// <summary>
/// The lowercase snake_case names enums take in messages, rows and JSON output ("more_than", "percentage_point"),
/// written out rather than derived from enum member names so that renaming a member never changes stored data.
/// </summary>
public static class WireNames
{
    public static string Of(FigureKind kind) => kind switch
    {
        FigureKind.Money => "money",
        FigureKind.Percent => "percent",
        FigureKind.Quantity => "quantity",
        FigureKind.Count => "count",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "exact",
        FigureQualifier.Approx => "approx",
        FigureQualifier.MoreThan => "more_than",
        FigureQualifier.LessThan => "less_than",
        FigureQualifier.AtLeast => "at_least",
        FigureQualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string? Of(FigureChange? change) => change switch
    {
        null => null,
        FigureChange.Increase => "increase",
        FigureChange.Decrease => "decrease",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    public static string Of(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => "day",
        DateGranularity.Week => "week",
        DateGranularity.Month => "month",
        DateGranularity.Quarter => "quarter",
        DateGranularity.Year => "year",
        DateGranularity.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(EventRole role) => role switch
    {
        EventRole.Source => "source",
        EventRole.Target => "target",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static EntityType EntityTypeOf(string name) => name switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "location" => EntityType.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown entity type."),
    };

    public static DateGranularity GranularityOf(string name) => name switch
    {
        "day" => DateGranularity.Day,
        "week" => DateGranularity.Week,
        "month" => DateGranularity.Month,
        "quarter" => DateGranularity.Quarter,
        "year" => DateGranularity.Year,
        "range" => DateGranularity.Range,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown granularity."),
    };
}
