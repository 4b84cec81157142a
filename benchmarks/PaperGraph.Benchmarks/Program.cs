using BenchmarkDotNet.Running;
using PaperGraph.Benchmarks;

// `corpus`: whole-corpus extraction throughput; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "phases")
{
    PhaseTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args.Length > 1 && args[0] == "questions")
{
    await QuestionTiming.RunAsync(args[1]);
    return;
}

if (args.Length > 0 && args[0] == "corpus")
{
    WholeCorpusRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
