using System.IO.Compression;
using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Benchmarks;

/// <summary>Loads real abstracts from the scale corpus for benchmarks (path from PAPERGRAPH_CORPUS or ../shared).</summary>
internal static class CorpusSample
{
    public static string CorpusPath()
    {
        var env = Environment.GetEnvironmentVariable("PAPERGRAPH_CORPUS");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "arxiv-cs-2007-2016.jsonl.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("scale corpus not found: set PAPERGRAPH_CORPUS to arxiv-cs-2007-2016.jsonl.gz");
    }

    /// <summary>Every paper of the gzipped JSONL corpus (or the first <paramref name="max"/>), read with a minimal parser.</summary>
    public static IEnumerable<Paper> Load(int max = int.MaxValue)
    {
        using var gz = new GZipStream(File.OpenRead(CorpusPath()), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var n = 0;
        while (n < max && reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var id = r.GetProperty("id").GetString()!;
            var title = r.TryGetProperty("title", out var t) ? t.GetString() : null;
            var abs = r.GetProperty("abstract").GetString() ?? "";
            n++;
            yield return new Paper(id, title, abs, [], null, [], null, null, new SourceLocation("corpus", n, n));
        }
    }
}
