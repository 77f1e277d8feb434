using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Options;

/// <summary>The <c>RabbitMq</c> configuration section. Defaults are loopback; production sets them from the environment.</summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "guest";

    [Required]
    public string Password { get; set; } = "guest";

    /// <summary>The management API port, used by <c>ingest status</c> and <c>ingest errors</c>.</summary>
    [Range(1, 65535)]
    public int ManagementPort { get; set; } = 15672;

    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);
}
