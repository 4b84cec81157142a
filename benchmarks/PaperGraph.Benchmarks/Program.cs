using BenchmarkDotNet.Running;
using PaperGraph.Benchmarks;

// `corpus`: whole-corpus extraction throughput; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "corpus")
{
    WholeCorpusRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
