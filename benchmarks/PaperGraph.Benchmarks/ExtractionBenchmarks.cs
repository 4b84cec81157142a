using BenchmarkDotNet.Attributes;
using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Benchmarks;

/// <summary>Per-abstract extraction cost on real abstracts from the seeds (BenchmarkDotNet).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IPaperExtractor _extractor = null!;
    private Paper[] _papers = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = DefaultExtractor.Create();
        _papers = CorpusSample.Load(200).ToArray();
    }

    /// <summary>Extracts every sample paper once; divide by <see cref="CorpusSample"/> size for per-abstract cost.</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int ExtractAbstract()
    {
        var n = 0;
        foreach (var p in _papers)
        {
            n += _extractor.Extract(p).Entities.Count;
        }

        return n;
    }
}
