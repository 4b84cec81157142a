using System.Diagnostics;
using PaperGraph.Domain;
using PaperGraph.Extraction.Comparisons;
using PaperGraph.Extraction.Entities;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Benchmarks;

/// <summary>Single-threaded time per extraction phase over the first papers of the corpus, to find hot spots.</summary>
internal static class PhaseTiming
{
    public static void Run(int count)
    {
        var papers = CorpusSample.Load(count).ToArray();
        var texts = papers.Select(p => AbstractText.Clean(p.Abstract)).ToArray();
        var recognizer = new LexiconEntityRecognizer();
        var comparisons = new PatternComparisonExtractor();
        recognizer.Recognize(papers[0]);

        Time("clean", () => { foreach (var p in papers) { AbstractText.Clean(p.Abstract); } });
        Time("tokenize", () => { foreach (var t in texts) { Tokenizer.Tokenize(t); } });
        Time("acronyms", () => { foreach (var t in texts) { _ = Acronyms.Find(t).Count(); } });
        Time("coined", () => { foreach (var t in texts) { _ = CoinedNames.Introduced(t).Count(); } });
        Time("sentences", () => { foreach (var t in texts) { SentenceSplitter.Split(t); } });
        var recognized = new PaperGraph.Extraction.RecognizedEntities[papers.Length];
        Time("recognize (all)", () => { for (var i = 0; i < papers.Length; i++) { recognized[i] = recognizer.Recognize(papers[i]); } });
        Time("comparisons", () => { for (var i = 0; i < papers.Length; i++) { comparisons.Extract(papers[i], recognized[i]); } });

        void Time(string name, Action a)
        {
            var sw = Stopwatch.StartNew();
            a();
            Console.WriteLine($"{name,-16} {sw.Elapsed.TotalMilliseconds * 1000 / papers.Length,8:F1} µs/paper");
        }
    }
}
