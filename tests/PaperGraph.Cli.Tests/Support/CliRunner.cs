using PaperGraph.Cli;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(
        string[] args,
        Func<IPaperExtractor>? extractor = null,
        Func<string, CancellationToken, Task<IGraphStore>>? store = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var ctx = new CliContext(
            output,
            error,
            store ?? StoreFactory.OpenSqliteAsync,
            extractor ?? DefaultExtractor.Create);
        var exit = await CliApp.RunAsync(args, ctx, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
