using PaperGraph.Domain;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

internal static class ReaderTestKit
{
    public static async Task<(List<Paper> Papers, ProblemList Problems)> ReadAsync(string path, string? format = null)
    {
        var problems = new ProblemList();
        var papers = new List<Paper>();
        await foreach (var p in PaperInputs.ReadAsync([path], format, problems, CancellationToken.None))
        {
            papers.Add(p);
        }

        return (papers, problems);
    }

    public static async Task<List<Paper>> ReadTextAsync(IPaperReader reader, string text, ProblemList? problems = null)
    {
        var papers = new List<Paper>();
        await foreach (var p in reader.ReadAsync(new StringReader(text), "mem.txt", problems ?? new ProblemList(), CancellationToken.None))
        {
            papers.Add(p);
        }

        return papers;
    }
}
