using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class ComparisonExtractionTests
{
    private static readonly IPaperExtractor Extractor = DefaultExtractor.Create();

    private static IReadOnlyList<Comparison> Claims(string text) =>
        Extractor.Extract(new Paper("t", null, text, [], null, [], null, null, new SourceLocation("t", 1, 1))).Comparisons;

    private static string Show(Comparison c) => $"{c.Subject} {c.Outcome.ToString().ToLowerInvariant()} {c.Object}";

    [Theory]
    [InlineData("To address this, we propose Mask-Enhanced Autoregressive Prediction (MEAP), a simple training paradigm. Intensive experiments demonstrate that MEAP substantially outperforms NTP on key information retrieval tasks.", "MEAP outperforms NTP")]
    [InlineData("Extensive experiments with various model sizes from 70M to 7B demonstrate that Mix-LN consistently outperforms both Pre-LN and Post-LN.", "Mix-LN outperforms Pre-LN|Mix-LN outperforms Post-LN")]
    [InlineData("We introduce GaLore, a training strategy that is more memory-efficient than common low-rank adaptation methods such as LoRA.", "GaLore outperforms LoRA")]
    [InlineData("In our experiments, SparseGPT is outperformed by Wanda on LLaMA-7B.", "Wanda outperforms SparseGPT")]
    [InlineData("We find that QLoRA lags behind LoRA in accuracy.", "LoRA outperforms QLoRA")]
    [InlineData("We show that DoRA achieves comparable performance to LoRA on commonsense reasoning.", "DoRA comparable LoRA")]
    [InlineData("We compare AdamW with Adafactor on the C4 dataset.", "AdamW compared Adafactor")]
    public void ConstructionsGiveTheirClaims(string text, string expected)
    {
        Assert.Equal(expected.Split('|').Order(), Claims(text).Select(Show).Order());
    }

    [Theory]
    [InlineData("We find that QLoRA does not outperform LoRA on MMLU.")]
    [InlineData("In our setting, Wanda fails to match SparseGPT at high sparsity.")]
    [InlineData("GaLore reduces memory without outperforming LoRA.")]
    [InlineData("Our method outperforms existing methods and strong baselines.")]
    [InlineData("LoRA outperforms full fine-tuning in some cases, as reported.")]
    public void NegatedOrUnnamedObjectsGiveNoWin(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Outcome == ComparisonOutcome.Outperforms && !c.Hedged);
    }

    [Fact]
    public void AHedgedWinIsKeptAndMarked()
    {
        var claim = Assert.Single(Claims("We observe that DoRA can outperform LoRA in some settings."));

        Assert.Equal("DoRA outperforms LoRA", Show(claim));
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void OurMethodResolvesToTheOneProposedEntity()
    {
        var claims = Claims("We propose TODO, a novel alignment method. Our method consistently outperforms DPO, outperforming it by 11.77 percentage points on MT-Bench.");

        var claim = Assert.Single(claims, c => c.Object == "DPO");
        Assert.Equal("TODO", claim.Subject);
        Assert.Equal("11.77 percentage points", claim.Margin?.Text);
        Assert.Equal("pp", claim.Margin?.Unit);
        Assert.Equal("MT-Bench", claim.Dataset);
    }

    [Fact]
    public void QualifiersComeFromTheSameSentence()
    {
        var claim = Assert.Single(Claims("On LLaMA-7B, Wanda outperforms magnitude pruning in perplexity on WikiText-2 by 2.5 points."));

        Assert.Equal("Wanda outperforms magnitude pruning", Show(claim));
        Assert.Equal("perplexity", claim.Metric);
        Assert.Equal("WikiText-2", claim.Dataset);
        Assert.Equal("LLaMA-7B", claim.OnModel);
        Assert.Equal(2.5, claim.Margin?.Value);
    }

    [Fact]
    public void TheEvidenceIsTheSentenceWithItsSpan()
    {
        const string text = "We study pruning. Wanda outperforms SparseGPT on C4.";
        var claim = Assert.Single(Claims(text));

        Assert.Equal("Wanda outperforms SparseGPT on C4.", claim.Evidence);
        Assert.Equal(claim.Evidence, text.Substring(claim.SpanStart, claim.SpanLength));
    }

    [Fact]
    public void RepeatedStatementsGiveOneClaim()
    {
        Assert.Single(Claims("Wanda outperforms SparseGPT on C4. Again, Wanda outperforms SparseGPT on WikiText-2."));
    }
}
