using PaperGraph.Domain;
using PaperGraph.Tests.Survey;

namespace PaperGraph.Tests.Export;

/// <summary>The survey fixture plus a paper whose text has every character that formats must escape.</summary>
internal static class ExportFixture
{
    public const string Nasty = "It's a \"quoted\" back\\slash, semi;colon, comma, <tag> & ampersand,\nnew line\ttab \u0001 control";

    public static IReadOnlyList<PaperExtraction> Papers() =>
    [
        .. SurveyFixture.Papers(),
        new PaperExtraction(
            new Paper("P7", Nasty, Nasty, ["O'Neil; Jr.", "Back\\slash"], "2021", ["cs.CL"], null, null, new SourceLocation("f", 1, 1)),
            [
                new Entity(EntityType.Model, "LLaMA-2-13B", EntityKey.For(EntityType.Model, "LLaMA-2-13B"), ["Llama 2 13B", "it's \"llama\""], 2, "t", new ModelInfo("LLaMA", "2", "13B", 13_000_000_000, null)),
                new Entity(EntityType.Method, "SparseGPT", EntityKey.For(EntityType.Method, "SparseGPT"), [], 1, "t"),
            ],
            ["LLaMA-2-13B"],
            [new Comparison("LLaMA-2-13B", EntityKey.For(EntityType.Model, "LLaMA-2-13B"), "Unlisted", EntityKey.For(EntityType.Method, "Unlisted"), ComparisonOutcome.Outperforms, Nasty, 0, 5, Margin: new Quantity(2, "pp", "2 points"), Hedged: true)]),
    ];

    /// <summary>Distinct nodes the graph must have: papers, entity keys (including claim-only ones) and model families.</summary>
    public static int ExpectedNodes()
    {
        var papers = Papers();
        var keys = papers.SelectMany(p => p.Entities.Select(e => e.Key).Concat(p.Comparisons.SelectMany(c => new[] { c.SubjectKey, c.ObjectKey }))).ToHashSet(StringComparer.Ordinal);
        var families = papers.SelectMany(p => p.Entities).Where(e => e.Model is { Size: not null }).Select(e => EntityKey.For(EntityType.Model, e.Model!.Version is null ? e.Model.Family : e.Model.Family + "-" + e.Model.Version));
        keys.UnionWith(families);
        return papers.Count + keys.Count;
    }

    /// <summary>Relationships: one mention per entity per paper, proposals that resolve, claims, one VARIANT_OF per sized model key.</summary>
    public static int ExpectedRelationships()
    {
        var papers = Papers();
        var variants = papers.SelectMany(p => p.Entities).Where(e => e.Model is { Size: not null }).Select(e => e.Key).Distinct(StringComparer.Ordinal).Count();
        return papers.Sum(p => p.Entities.Count + p.Proposes.Count + p.Comparisons.Count) + variants;
    }
}
