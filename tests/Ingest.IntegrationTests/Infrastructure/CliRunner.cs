using System.Diagnostics;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>Runs the built <c>ingest</c> command against a test's database and virtual host.</summary>
public static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(PipelineUnderTest pipeline, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.CliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var rabbit = pipeline.RabbitMq;
        start.Environment["ConnectionStrings__Ingest"] = pipeline.ConnectionString;
        start.Environment["RabbitMq__Host"] = rabbit.Host;
        start.Environment["RabbitMq__Port"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["RabbitMq__VirtualHost"] = rabbit.VirtualHost;
        start.Environment["RabbitMq__Username"] = rabbit.Username;
        start.Environment["RabbitMq__Password"] = rabbit.Password;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
