using PaperGraph.Domain;

namespace PaperGraph.Tests.Survey;

/// <summary>
/// A hand-made pruning/quantization graph whose facts the survey and export tests assert:
/// P1 proposes SparseGPT (beats magnitude pruning); P2 proposes Wanda (beats magnitude pruning and SparseGPT);
/// P3 proposes RIA (beats Wanda and SparseGPT) and says SparseGPT beats Wanda, contradicting P2;
/// P4 proposes GPTQ (on par with AWQ); P5 and P6 only mention LoRA with other methods, never comparing it.
/// </summary>
internal static class SurveyFixture
{
    public static IReadOnlyList<PaperExtraction> Papers() =>
    [
        Paper("P1", "SparseGPT: one-shot pruning", "2023-01-02", ["SparseGPT"],
            [M("SparseGPT"), M("magnitude pruning"), T("pruning"), Model("LLaMA-7B"), D("WikiText-2"), Mt("perplexity")],
            [Beats("SparseGPT", "magnitude pruning", "SparseGPT outperforms magnitude pruning on WikiText-2 in perplexity.", "WikiText-2", "perplexity")]),
        Paper("P2", "Wanda: pruning by weights and activations", "2023-06-20", ["Wanda"],
            [M("Wanda"), M("magnitude pruning"), M("SparseGPT"), T("pruning"), Model("LLaMA-7B"), D("WikiText-2"), Mt("perplexity")],
            [
                Beats("Wanda", "magnitude pruning", "Wanda significantly outperforms magnitude pruning.", null, null),
                Beats("Wanda", "SparseGPT", "Wanda outperforms SparseGPT on WikiText-2 at 50% sparsity.", "WikiText-2", "perplexity"),
            ]),
        Paper("P3", "RIA: relative importance and activations", "2024-02-01", ["RIA"],
            [M("RIA"), M("Wanda"), M("SparseGPT"), T("pruning"), D("C4")],
            [
                Beats("RIA", "Wanda", "RIA outperforms Wanda on C4.", "C4", null),
                Beats("RIA", "SparseGPT", "RIA also beats SparseGPT.", null, null),
                Beats("SparseGPT", "Wanda", "In our runs SparseGPT \"outperforms\" Wanda at 2:4 sparsity.", null, null),
            ]),
        Paper("P4", "GPTQ: accurate post-training quantization", "2022-10-31", ["GPTQ"],
            [M("GPTQ"), M("AWQ"), T("quantization"), Model("LLaMA-7B"), D("C4"), Mt("perplexity")],
            [new Comparison("GPTQ", Key(EntityType.Method, "GPTQ"), "AWQ", Key(EntityType.Method, "AWQ"), ComparisonOutcome.Comparable, "GPTQ matches AWQ on C4.", 0, 10, "perplexity", "C4")]),
        Paper("P5", "Pruning with low-rank adapters", "2024-05-05", [],
            [M("LoRA"), M("magnitude pruning"), T("pruning"), M("Wanda")],
            []),
        Paper("P6", "Adapters for quantized models", "2024-07-07", [],
            [M("LoRA"), M("GPTQ"), T("quantization"), Model("LLaMA-7B")],
            []),
    ];

    public static string Key(EntityType type, string name) => EntityKey.For(type, name);

    private static PaperExtraction Paper(string id, string title, string date, string[] proposes, Entity[] entities, Comparison[] claims) =>
        new(new Paper(id, title, $"Abstract of {title}.", ["A. Author", "B. O'Brien"], date, ["cs.LG"], $"https://example.org/{id}", null, new SourceLocation("fixture", 1, 1)),
            entities, proposes, claims);

    private static Entity E(EntityType type, string name, ModelInfo? model = null) => new(type, name, Key(type, name), [name.ToUpperInvariant()], 1, "fixture", model);

    private static Entity M(string name) => E(EntityType.Method, name);

    private static Entity T(string name) => E(EntityType.Task, name);

    private static Entity D(string name) => E(EntityType.Dataset, name);

    private static Entity Mt(string name) => E(EntityType.Metric, name);

    private static Entity Model(string name) => E(EntityType.Model, name, new ModelInfo("LLaMA", null, "7B", 7_000_000_000, null));

    private static Comparison Beats(string winner, string loser, string evidence, string? dataset, string? metric) =>
        new(winner, Key(EntityType.Method, winner), loser, Key(EntityType.Method, loser), ComparisonOutcome.Outperforms, evidence, 0, evidence.Length, metric, dataset);
}
