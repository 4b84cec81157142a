using PaperGraph.Domain;

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>Small, realistic extractions for writing to the fake server.</summary>
internal static class Samples
{
    public static Entity Entity(EntityType type, string name, int mentions = 1, ModelInfo? model = null, params string[] aliases) =>
        new(type, name, EntityKey.For(type, name), aliases, mentions, "lexicon", model);

    /// <summary>Paper <paramref name="i"/>: "Method{i} outperforms LoRA on GLUE with LLaMA-2-7B", proposing Method{i}.</summary>
    public static PaperExtraction Paper(int i)
    {
        var method = Entity(EntityType.Method, $"Method{i}", 3);
        var lora = Entity(EntityType.Method, "LoRA", 2, null, "low-rank adaptation");
        var glue = Entity(EntityType.Dataset, "GLUE");
        var acc = Entity(EntityType.Metric, "accuracy");
        var llama = Entity(EntityType.Model, "LLaMA-2-7B", 1, new ModelInfo("LLaMA", "2", "7B", 7_000_000_000, null));
        var task = Entity(EntityType.Task, "fine-tuning");
        var paper = new Paper(
            $"2401.{i:00000}", $"Paper {i}", $"We propose Method{i}. Method{i} outperforms LoRA on GLUE by 2.5 points.", ["A. Author", "B. Author"],
            "2024-01-15", ["cs.CL"], $"https://arxiv.org/abs/2401.{i:00000}", null, new SourceLocation("seed.jsonl", i + 1, 0));
        var claim = new Comparison(
            method.Name, method.Key, lora.Name, lora.Key, ComparisonOutcome.Outperforms, $"Method{i} outperforms LoRA on GLUE by 2.5 points.", 28, 48,
            "accuracy", "GLUE", "LLaMA-2-7B", new Quantity(2.5, "points", "2.5 points"));
        return new PaperExtraction(paper, [method, lora, glue, acc, llama, task], [method.Name], [claim]);
    }

    public static List<PaperExtraction> Papers(int count, int first = 0) => [.. Enumerable.Range(first, count).Select(Paper)];
}
