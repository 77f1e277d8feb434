using System.CommandLine;
using Ingest.Cli.Commands;

var root = new RootCommand("ingest: publish articles to the Ingest pipeline, follow its outputs, run its extraction in process, and operate it")
{
    PublishCommand.Create(),
    TailCommand.Create(),
    DbCommand.Create(),
    StatusCommand.Create(),
    ErrorsCommand.Create(),
    ReportCommand.Create(),
    BenchCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
