using PaperGraph.Extraction;
using PaperGraph.Graph;
using Serilog;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>What commands need from the outside world; tests replace the writers and factories.</summary>
/// <param name="Out">Standard output: answers only.</param>
/// <param name="Error">Standard error: progress, logs and errors.</param>
/// <param name="OpenStore">Opens (creating if needed) the embedded store at a path.</param>
/// <param name="CreateExtractor">Creates the extractor.</param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<string, CancellationToken, Task<IGraphStore>> OpenStore,
    Func<IPaperExtractor> CreateExtractor)
{
    /// <summary>The logger, configured from --verbose once the command line is parsed.</summary>
    public ILogger Log { get; set; } = Serilog.Core.Logger.None;
}
