using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class StepsCompoundTests
{
    [Theory]
    [InlineData("The results show that HYMAD outperforms the multi-copy Spray-and-Wait DTN routing protocol it extends.", "Spray-and-Wait")] // 1001.3405
    [InlineData("We also propose a Detect-then-Unmix strategy for nonlinearly mixed pixels.", "Detect-then-Unmix")] // 1503.05521
    public void CapitalisedStepsJoinedByAndOrThenNameATechnique(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, EntityType.Method);
    }

    [Theory]
    [InlineData("The parameters were set by Trial-and-Error on a held-out set.", "Trial-and-Error")]
    [InlineData("Images are corrupted with Salt-and-Pepper noise before denoising.", "Salt-and-Pepper")]
    public void PropertiesAndKindsOfNoiseAreNoNames(string text, string word)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Name == word);
    }
}
