using System.Reflection;
using Ingest.TextAnalysis;

namespace Ingest.Pipeline.Stages;

/// <summary>
/// The version of the extraction code, stored with every article and part of every annotation id: a newer version
/// replaces an article's old annotations. It is the informational version of Ingest.TextAnalysis (set in
/// Directory.Build.props), without a source revision so that unrelated commits do not reprocess everything.
/// </summary>
public static class ExtractorVersion
{
    public static string Current { get; } =
        typeof(TextAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(TextAnalyzer).Assembly.GetName().Version?.ToString()
        ?? "0";
}
