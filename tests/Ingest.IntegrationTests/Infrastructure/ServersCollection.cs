namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>
/// Integration tests run one at a time: each has its own database and virtual host, but the fault tests stop the
/// shared servers, which must not happen under another test's feet.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServersCollection
{
    public const string Name = "servers";
}
