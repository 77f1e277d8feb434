using System.Security.Cryptography;
using System.Text;

namespace Ingest.Pipeline.Identity;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) for every id that leaves the system. The same article, extractor
/// version and span always give the same id, so a redelivered or replayed article yields the same rows and
/// messages, and subscribers can drop duplicates.
/// </summary>
public static class DeterministicId
{
    // A namespace UUID of our own, so our ids never collide with other v5 ids derived from the same names.
    private static readonly Guid Namespace = new("6f1d7c1e-3b9a-5c2e-9a41-2f0e8b7d4c10");

    public static Guid Create(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder(64);
        foreach (var part in parts)
        {
            // Length-prefix each part so ("ab","c") and ("a","bc") differ.
            builder.Append(part.Length).Append(':').Append(part).Append('|');
        }

        var name = Encoding.UTF8.GetBytes(builder.ToString());
        var buffer = new byte[16 + name.Length];
        Namespace.TryWriteBytes(buffer, bigEndian: true, out _);
        name.CopyTo(buffer, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(buffer, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The row id of an article, from the publisher's id alone: it stays when the article is re-submitted.</summary>
    public static Guid ForArticle(string externalId) => Create("article", externalId);

    /// <summary>An annotation id from the article, the extractor version, the kind and a key that includes its span.</summary>
    public static Guid ForAnnotation(string externalId, string extractorVersion, string kind, string key) =>
        Create(kind, externalId, extractorVersion, key);

    /// <summary>A key for a span: "start-end".</summary>
    public static string SpanKey(int start, int end) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start}-{end}");
}
