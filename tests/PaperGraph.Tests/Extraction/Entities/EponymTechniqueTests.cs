using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class EponymTechniqueTests
{
    [Theory]
    [InlineData("ITDA dictionaries enable cross-model comparisons, and a simple Jaccard similarity index on ITDA dictionaries outperforms existing methods like CKA, SVCCA, and relative representation similarity metrics.", "Jaccard similarity index")]
    [InlineData("We show that DictLearn finds better dictionaries than the Gibbs sampler.", "Gibbs sampler")]
    [InlineData("In survival prediction, DeepSurv outperforms the standard Cox regression.", "Cox regression")]
    [InlineData("The Newton-Krylov methods clearly outperform the Picard method if high accuracy of the inversion is required.", "Newton-Krylov methods")]
    [InlineData("The Newton-Krylov methods clearly outperform the Picard method if high accuracy of the inversion is required.", "Picard method")]
    public void ATechniqueNamedAfterSomeoneIsANameWhenSetAgainstANamedMethod(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, EntityType.Method);
    }

    [Theory]
    [InlineData("Arrivals follow a Poisson point process with a fixed rate.", "Poisson")]
    [InlineData("The Kalman filter outperforms the particle filter in our tests.", "Kalman")]
    [InlineData("We model arrivals with a Gaussian kernel and compare it with LoRA.", "Gaussian")]
    [InlineData("We solve the system with the Picard method and report how fast the Picard method converges.", "Picard method")]
    public void BackgroundMathematicsAndSentenceOpeningsAreNoNames(string text, string word)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Origin == "compared-eponym" && e.Name.Contains(word, StringComparison.Ordinal));
    }
}
