using PaperGraph.Domain;
using PaperGraph.Evaluation;

namespace PaperGraph.Tests.Evaluation;

public sealed class GoldEvaluatorTests
{
    private static readonly GoldPaper Gold = new(
        "p1",
        null,
        "We introduce Mix-LN. Mix-LN consistently outperforms both Pre-LN and Post-LN on LLaMA-7B in perplexity.",
        [
            new GoldEntity(EntityType.Method, "Mix-LN", []),
            new GoldEntity(EntityType.Method, "Pre-LN", ["Pre-Layer Normalization"]),
            new GoldEntity(EntityType.Method, "Post-LN", []),
            new GoldEntity(EntityType.Model, "LLaMA-7B", ["LLaMA 7B"]),
            new GoldEntity(EntityType.Metric, "perplexity", []),
        ],
        ["Mix-LN"],
        [
            new GoldComparison("Mix-LN", "Pre-LN", ComparisonOutcome.Outperforms, null),
            new GoldComparison("Mix-LN", "Post-LN", ComparisonOutcome.Outperforms, null),
        ]);

    private static Entity E(EntityType type, string name, params string[] aliases) =>
        new(type, name, EntityKey.For(type, name), aliases, 1, "test");

    private static Comparison C(string s, string o, ComparisonOutcome outcome) =>
        new(s, EntityKey.Normalize(s), o, EntityKey.Normalize(o), outcome, "evidence", 0, 8);

    private static EvalReport ScoreOne(IReadOnlyList<Entity> entities, IReadOnlyList<string> proposes, IReadOnlyList<Comparison> comparisons) =>
        GoldEvaluator.Score([(Gold, new PaperExtraction(GoldEvaluator.ToPaper(Gold), entities, proposes, comparisons))]);

    [Fact]
    public void PerfectPredictionScoresOneEverywhere()
    {
        var report = ScoreOne(
            [E(EntityType.Method, "Mix-LN"), E(EntityType.Method, "Pre-LN"), E(EntityType.Method, "Post-LN"), E(EntityType.Model, "LLaMA-7B"), E(EntityType.Metric, "perplexity")],
            ["Mix-LN"],
            [C("Mix-LN", "Pre-LN", ComparisonOutcome.Outperforms), C("Mix-LN", "Post-LN", ComparisonOutcome.Outperforms)]);

        Assert.All(report.Scores, s => Assert.Equal(1.0, s.F1));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void NamesMatchIgnoringCaseSpacesHyphensAndDots()
    {
        var report = ScoreOne([E(EntityType.Model, "llama 7b"), E(EntityType.Method, "mix ln")], [], []);

        Assert.Equal(1, report["Model"].TruePositives);
        Assert.Equal(1, report["Method"].TruePositives);
    }

    [Fact]
    public void AnAliasOnEitherSideCountsAsAMatch()
    {
        var report = ScoreOne([E(EntityType.Method, "Pre-Layer Normalization")], [], []);

        Assert.Equal(1, report["Method"].TruePositives);
    }

    [Fact]
    public void AWrongTypeCountsForUntypedButNotTyped()
    {
        var report = ScoreOne([E(EntityType.Dataset, "perplexity")], [], []);

        Assert.Equal(0, report["Metric"].TruePositives);
        Assert.Equal(1, report["Dataset"].Predicted);
        Assert.Equal(0.0, report["All (typed)"].Precision);
        Assert.Equal(1, report["All (untyped)"].TruePositives);
    }

    [Fact]
    public void PrecisionRecallAndF1FollowTheCounts()
    {
        // 2 of 5 gold entities found, plus 2 false positives.
        var report = ScoreOne(
            [E(EntityType.Method, "Mix-LN"), E(EntityType.Model, "LLaMA-7B"), E(EntityType.Method, "dropout"), E(EntityType.Model, "GPT-2")],
            [],
            []);
        var all = report["All (typed)"];

        Assert.Equal((5, 4, 2), (all.Gold, all.Predicted, all.TruePositives));
        Assert.Equal(0.5, all.Precision, 6);
        Assert.Equal(0.4, all.Recall, 6);
        Assert.Equal(2 * 0.5 * 0.4 / 0.9, all.F1, 6);
        Assert.Contains(report.Errors, e => e is { Kind: "FP", Item: var i } && i.StartsWith("dropout", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Kind: "FN", Item: "Post-LN" });
    }

    [Fact]
    public void EachGoldEntityMatchesOnlyOnePrediction()
    {
        var report = ScoreOne([E(EntityType.Method, "Mix-LN"), E(EntityType.Method, "Mix LN")], [], []);

        Assert.Equal(1, report["Method"].TruePositives);
        Assert.Equal(2, report["Method"].Predicted);
    }

    [Fact]
    public void ComparisonsNeedSubjectObjectAndOutcomeToAgree()
    {
        var report = ScoreOne(
            [E(EntityType.Method, "Mix-LN"), E(EntityType.Method, "Pre-LN", "Pre-Layer Normalization"), E(EntityType.Method, "Post-LN")],
            [],
            [
                C("Mix-LN", "Pre-Layer Normalization", ComparisonOutcome.Outperforms), // alias of the gold object: a match
                C("Post-LN", "Mix-LN", ComparisonOutcome.Outperforms), // reversed direction: wrong
                C("Mix-LN", "Post-LN", ComparisonOutcome.Comparable), // wrong outcome
            ]);
        var c = report["Comparisons"];

        Assert.Equal((2, 3, 1), (c.Gold, c.Predicted, c.TruePositives));
    }

    [Fact]
    public void RepeatedComparisonsCountOnce()
    {
        var report = ScoreOne(
            [E(EntityType.Method, "Mix-LN"), E(EntityType.Method, "Pre-LN")],
            [],
            [C("Mix-LN", "Pre-LN", ComparisonOutcome.Outperforms), C("mix-ln", "pre ln", ComparisonOutcome.Outperforms)]);

        Assert.Equal(1, report["Comparisons"].Predicted);
        Assert.Equal(1, report["Comparisons"].TruePositives);
    }

    [Fact]
    public void ProposesAreMatchedThroughEntityForms()
    {
        var report = ScoreOne([E(EntityType.Method, "Mix-LN", "Mixed Layer Normalization")], ["Mixed Layer Normalization"], []);

        Assert.Equal(1, report["Proposes"].TruePositives);
    }

    [Fact]
    public void GoldFileReportsTheLineOfABadRecord()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"id\":\"a\",\"abstract\":\"x\",\"entities\":[],\"proposes\":[],\"comparisons\":[]}", "{not json"]);
            var ex = Assert.Throws<FormatException>(() => GoldFile.ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult());
            Assert.Contains($"{path}:2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
