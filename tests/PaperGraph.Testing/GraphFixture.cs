using PaperGraph.Domain;

namespace PaperGraph.Testing;

/// <summary>A small hand-made graph every store must answer the same way.</summary>
public static class GraphFixture
{
    public static Entity E(EntityType type, string name, params string[] aliases) =>
        new(type, name, EntityKey.For(type, name), aliases, 1, "fixture");

    public static Comparison C(Entity s, Entity o, ComparisonOutcome outcome, string evidence, string? margin = null, double marginValue = 0) =>
        new(s.Name, s.Key, o.Name, o.Key, outcome, evidence, 0, evidence.Length, "perplexity", "C4", null,
            margin is null ? null : new Quantity(marginValue, "points", margin));

    public static readonly Entity MixLn = E(EntityType.Method, "Mix-LN");
    public static readonly Entity PreLn = E(EntityType.Method, "Pre-LN", "Pre-Layer Normalization");
    public static readonly Entity PostLn = E(EntityType.Method, "Post-LN");
    public static readonly Entity DeepNorm = E(EntityType.Method, "DeepNorm");
    public static readonly Entity Llama7B = new(EntityType.Model, "LLaMA-7B", EntityKey.For(EntityType.Model, "LLaMA-7B"), ["LLaMA 7B"], 2, "fixture", new ModelInfo("LLaMA", null, "7B", 7_000_000_000, null));
    public static readonly Entity Llama = E(EntityType.Model, "LLaMA");
    public static readonly Entity Perplexity = E(EntityType.Metric, "perplexity");
    public static readonly Entity C4 = E(EntityType.Dataset, "C4");

    public static Paper P(string id, string title, int year) =>
        new(id, title, $"Abstract of {title}.", ["A. Author"], $"{year}-01-01", ["cs.LG"], $"https://example.org/{id}", null, new SourceLocation("fixture.jsonl", 1, 1));

    /// <summary>p1: Mix-LN beats Pre-LN and Post-LN; p2: DeepNorm beats Mix-LN; p3: Pre-LN beats Mix-LN (a contradiction).</summary>
    public static IReadOnlyList<PaperExtraction> Papers() =>
    [
        new(P("p1", "Mix-LN", 2024), [MixLn, PreLn, PostLn, Llama7B, Perplexity, C4], ["Mix-LN"],
        [
            C(MixLn, PreLn, ComparisonOutcome.Outperforms, "Mix-LN consistently outperforms both Pre-LN and Post-LN.", "1.2 points", 1.2),
            C(MixLn, PostLn, ComparisonOutcome.Outperforms, "Mix-LN consistently outperforms both Pre-LN and Post-LN."),
        ]),
        new(P("p2", "DeepNorm again", 2025), [DeepNorm, MixLn, Llama, C4], ["DeepNorm"],
        [
            C(DeepNorm, MixLn, ComparisonOutcome.Outperforms, "DeepNorm outperforms Mix-LN on C4.", "3.5 points", 3.5),
        ]),
        new(P("p3", "Pre-LN revisited", 2025), [PreLn, MixLn, Perplexity], [],
        [
            C(PreLn, MixLn, ComparisonOutcome.Outperforms, "Tuned Pre-LN outperforms Mix-LN."),
            C(PreLn, PostLn, ComparisonOutcome.Comparable, "Pre-LN is on par with Post-LN."),
        ]),
    ];
}
