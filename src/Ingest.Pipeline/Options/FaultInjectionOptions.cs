namespace Ingest.Pipeline.Options;

/// <summary>
/// A fire drill for operators (<c>Ingest:FaultInjection</c>), off by default: when <see cref="PoisonMarker"/> is set,
/// the named stage throws on every article whose body contains it, exactly as an extractor bug would. It lets a
/// team check, on a staging deployment, that poison messages land in the <c>_error</c> queue after the configured
/// retries, that alerts fire, and that <c>ingest errors replay</c> recovers them once the marker is removed.
/// </summary>
public sealed class FaultInjectionOptions
{
    /// <summary>Text that makes an article poison; null or empty disables fault injection.</summary>
    public string? PoisonMarker { get; set; }

    /// <summary>The stage that throws.</summary>
    public string Stage { get; set; } = Stages.StageNames.Figures;

    public bool Enabled => !string.IsNullOrEmpty(PoisonMarker);
}
