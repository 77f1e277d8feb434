namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>Finds the built worker and CLI next to the tests (the test command builds the whole solution first).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Release" or "Debug": the configuration these tests were built with.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string WorkerDll => Built("Ingest.Worker", "Ingest.Worker.dll");

    public static string CliDll => Built("Ingest.Cli", "ingest.dll");

    private static string Built(string project, string file)
    {
        var path = Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first ({path} is missing).", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Ingest.sln not found above the test binaries.");
    }
}
