using PaperGraph.Cli;
using PaperGraph.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly after the current batch; a second one kills the process.
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        cancel.Cancel();
    }
};

var ctx = new CliContext(Console.Out, Console.Error, StoreFactory.OpenSqliteAsync, PaperGraph.Extraction.DefaultExtractor.Create);
return await CliApp.RunAsync(args, ctx, cancel.Token);
