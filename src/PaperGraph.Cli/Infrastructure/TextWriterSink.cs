using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>A Serilog sink over any writer, so tests can capture what a command logs to standard error.</summary>
internal sealed class TextWriterSink(TextWriter writer, string template) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new(template);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
