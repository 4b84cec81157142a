using PaperGraph.Domain;
using PaperGraph.Extraction.Comparisons;
using PaperGraph.Tests.Extraction.Comparisons.Support;

namespace PaperGraph.Tests.Extraction.Comparisons;

public sealed class PatternComparisonExtractorTests
{
    private static readonly PatternComparisonExtractor Extractor = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "comparisons", "cases.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            data.Add(tab < 0 ? line : line[..tab], tab < 0 ? "" : line[(tab + 1)..]);
        }

        return data;
    }

    private static IReadOnlyList<Comparison> Run(string markup)
    {
        var (paper, entities) = EntityMarkup.Parse(markup);
        return Extractor.Extract(paper, entities);
    }

    private static string Render(Comparison c) =>
        $"{c.Subject} {c.Outcome switch { ComparisonOutcome.Outperforms => ">", ComparisonOutcome.Comparable => "=", _ => "?" }} {c.Object}{(c.Hedged ? " (hedged)" : "")}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void SentenceGivesExactlyTheExpectedClaims(string markup, string expected)
    {
        var want = expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        var got = Run(markup).Select(Render).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(want, got);
    }

    [Fact]
    public void MarginKeepsItsUnit()
    {
        var claim = Assert.Single(Run("The benefits of [MEAP|Method*] also extend to supervised fine-tuning, where it shows remarkable advantages, outperforming [NTP|Method] by 11.77 percentage points."));
        Assert.Equal(new Quantity(11.77, "pp", "11.77 percentage points"), claim.Margin);
    }

    [Theory]
    [InlineData("[FlashAttention|Method] is 2.5× faster than [PyTorch attention|Method] on long sequences.", 2.5, "x", "2.5× faster")]
    [InlineData("[ShiftAddLLM|Method] achieves 3.1 lower perplexity than [OmniQuant|Method] at 3 bits.", 3.1, "perplexity", "3.1 lower perplexity")]
    [InlineData("For example, we show that [ComPEFT|Method] applied to [LLaMA|Model] outperforms [QLoRA|Method] by 4.16% on [MMLU|Dataset].", 4.16, "%", "4.16%")]
    [InlineData("[DSnoT|Method] outperforms [Wanda|Method] by up to 10x in speed.", 10, "x", "up to 10x")]
    public void MarginComesFromByPhraseOrComparative(string markup, double value, string unit, string text)
    {
        var claim = Assert.Single(Run(markup));
        Assert.Equal(new Quantity(value, unit, text), claim.Margin);
    }

    [Fact]
    public void AMarginBelongsToItsOwnClause()
    {
        var claims = Run("We introduce [LoQT|Method*]. At fine-tuning, it reduces memory consumption by up to 50% compared to [LoRA|Method], while consistently outperforming [QLoRA|Method] at the same memory cost.");
        Assert.Equal("up to 50%", Assert.Single(claims, c => c.Object == "LoRA").Margin?.Text);
        Assert.Null(Assert.Single(claims, c => c.Object == "QLoRA").Margin);
    }

    [Fact]
    public void AnotherClaimsObjectIsNoQualifier()
    {
        var claims = Run("[Sheared-LLaMA|Model] models outperform open-source models of equivalent sizes, such as [Pythia|Model] and [OpenLLaMA|Model] models.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Null(c.OnModel));
    }

    [Fact]
    public void NumberInsideANameIsNoMargin()
    {
        var claim = Assert.Single(Run("On the regression dataset, [Claude 3|Model] outperforms [SVM|Method]."));
        Assert.Null(claim.Margin);
    }

    [Fact]
    public void QualifiersGoToMetricDatasetAndModelNotObjects()
    {
        var claims = Run("[Mix-LN|Method] consistently outperforms both [Pre-LN|Method] and [Post-LN|Method] on [LLaMA-7B|Model] in [perplexity|Metric] on [C4|Dataset].");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Equal("perplexity", c.Metric);
            Assert.Equal("C4", c.Dataset);
            Assert.Equal("LLaMA-7B", c.OnModel);
        });
        Assert.Equal(["Post-LN", "Pre-LN"], claims.Select(c => c.Object).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MetricInTermsOfIsAQualifier()
    {
        var claim = Assert.Single(Run("[Vega-MT|Model] surpasses [mBART|Model] in terms of [BLEU|Metric] on [WMT|Dataset]."));
        Assert.Equal("BLEU", claim.Metric);
        Assert.Equal("WMT", claim.Dataset);
        Assert.Null(claim.OnModel);
    }

    [Fact]
    public void ASideIsNoQualifierUnderAnotherType()
    {
        // 1409.5403: "DPM" is also a dataset's name in the lexicon; the method compared with is not where the claim was measured.
        var claim = Assert.Single(Run("[DeepPyramid|Model] significantly outperforms [DPMs|Method=DPM] based on [HOG|Method] features, trained like [DPM|Dataset]."));
        Assert.Equal("DPM", claim.Object);
        Assert.Null(claim.Dataset);
    }

    [Fact]
    public void RepeatedStatementsCollapseToOneClaim()
    {
        var claims = Run("[TODO|Method] outperforms [DPO|Method] on [MMLU|Dataset]. Moreover, [TODO|Method] consistently outperforms [DPO|Method] out of distribution.");
        var claim = Assert.Single(claims);
        Assert.StartsWith("TODO outperforms DPO on MMLU", claim.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceSpanPointsIntoTheText()
    {
        var (paper, entities) = EntityMarkup.Parse("We study pruning. Extensive experiments show that [Mix-LN|Method] outperforms [Pre-LN|Method]. Code is public.");
        var claim = Assert.Single(Extractor.Extract(paper, entities));
        Assert.Equal("Extensive experiments show that Mix-LN outperforms Pre-LN.", claim.Evidence);
        Assert.Equal(claim.Evidence, entities.Text.Substring(claim.SpanStart, claim.SpanLength));
    }

    [Fact]
    public void NamesAndKeysComeFromTheResolvedEntities()
    {
        var claim = Assert.Single(Run("We propose [Mixture of Layer Normalization|Method=Mix-LN*] ([Mix-LN|Method*]). It outperforms [Pre-Layer Normalization|Method=Pre-LN] in all settings."));
        Assert.Equal(("Mix-LN", EntityKey.For(EntityType.Method, "Mix-LN")), (claim.Subject, claim.SubjectKey));
        Assert.Equal(("Pre-LN", EntityKey.For(EntityType.Method, "Pre-LN")), (claim.Object, claim.ObjectKey));
    }

    [Fact]
    public void OwnEntityNamedOnlyByTheTitleTakesOurMethodsClaim()
    {
        // 1408.2292: "SPLZ" is the title's name; the abstract says only "our method", and names one other entity.
        var (paper, entities) = EntityMarkup.Parse("On a dataset with 1.2 millions vertices, our method can achieve about three orders of magnitude faster than [Dijkstra algorithm|Method] based on binary heap.");
        var own = new Entity(EntityType.Method, "SPLZ", EntityKey.For(EntityType.Method, "SPLZ"), [], 0, "test");
        entities = entities with { Entities = [.. entities.Entities, own], Proposes = [own.Key] };
        var claim = Assert.Single(Extractor.Extract(paper, entities));
        Assert.Equal(("SPLZ", ComparisonOutcome.Outperforms, "Dijkstra algorithm"), (claim.Subject, claim.Outcome, claim.Object));
        Assert.Empty(Extractor.Extract(paper, entities with { Proposes = [] }));
    }

    [Fact]
    public void TextWithoutCuesGivesNothing()
    {
        Assert.Empty(Run("We train [LLaMA-7B|Model] with [LoRA|Method] on [C4|Dataset] and report [perplexity|Metric]."));
    }
}
