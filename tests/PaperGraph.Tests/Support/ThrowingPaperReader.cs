using PaperGraph.Domain;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Support;

/// <summary>A reader that yields one paper per line and then fails the way a reader bug would.</summary>
internal sealed class ThrowingPaperReader(int papersBeforeFailure) : IPaperReader
{
    public string Format => "throwing";

    public int Sniff(string head) => 0;

    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= papersBeforeFailure; i++)
        {
            var line = await input.ReadLineAsync(cancellationToken) ?? "";
            yield return new Paper($"p{i}", null, line, [], null, [], null, null, new SourceLocation(sourceName, i, i));
        }

        throw new InvalidOperationException("reader bug");
    }
}
