using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class ResolutionTests
{
    [Fact]
    public void CaseHyphenAndSpacingVariantsAreOneEntity()
    {
        var r = EntityTestKit.Recognize("We use Pre-LN. Pre LN and pre-LN variants are the same thing as Pre-LN.");

        var e = Assert.Single(r.Entities);
        Assert.Equal(EntityType.Method, e.Type);
        Assert.Equal(4, e.Mentions);
    }

    // An expansion and its acronym are one entity named by the acronym; a name seen only in the plural keeps the
    // singular as its name, the plural as an alias.
    [Theory]
    [InlineData("Mixture-of-Experts (MoE) models route tokens. MoE layers are sparse.", "MoE", "MoE", "Mixture-of-Experts")]
    [InlineData("Our detector outperforms Faster R-CNNs on PASCAL VOC.", "Faster R-CNNs", "Faster R-CNN", "Faster R-CNNs")]
    public void AnEntityIsNamedByItsShortestSingularForm(string text, string form, string name, string alias)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(form);
        Assert.NotNull(e);
        Assert.Equal(name, e.Name);
        Assert.Contains(alias, e.Aliases);
        Assert.Single(r.Entities, x => x.Key == e.Key);
    }

    [Theory]
    [InlineData("We study language models for machine translations.", "machine translation")]
    [InlineData("Object detectors solve object detection.", "object detection")]
    public void TasksAreNamedInTheSingular(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(name);
        Assert.NotNull(e);
        Assert.Equal(EntityType.Task, e.Type);
        Assert.Equal(name, e.Name);
    }

    [Fact]
    public void ANameAndItsPluralAreOneEntity()
    {
        var r = EntityTestKit.Recognize("We propose FooNet, a new generative model. Our FooNets outperform HMMs, although an HMM is cheaper.");

        Assert.Equal(r.Find("FooNet")!.Key, r.Find("FooNets")!.Key);
        Assert.Equal(r.Find("HMM")!.Key, r.Find("HMMs")!.Key);
        Assert.Equal(2, r.Entities.Count(e => e.Type is EntityType.Model or EntityType.Method));
    }

    [Fact]
    public void APluralDefinitionOfAKnownNameIsThatName()
    {
        var r = EntityTestKit.Recognize("Decoding in hidden Markov models (HMMs) uses the Viterbi algorithm. We run it on an HMM with many states.");

        Assert.Equal(r.Find("HMM")!.Key, r.Find("HMMs")!.Key);
        Assert.Equal(r.Find("hidden Markov models")!.Key, r.Find("HMMs")!.Key);
    }

    [Fact]
    public void APluralModelNameIsTheModel()
    {
        var r = EntityTestKit.Recognize("ResNet-50 is strong. Deep ResNets are hard to train, and a ResNet needs skip connections.");

        Assert.Equal(EntityTestKit.Recognize("We use ResNet.").Find("ResNet")!.Key, r.Find("ResNets")!.Key);
    }

    [Fact]
    public void KeysAreStableAcrossPapers()
    {
        var a = EntityTestKit.Recognize("We evaluate Llama-2-7B on MMLU.");
        var b = EntityTestKit.Recognize("We evaluate LLaMA 2 7B on mmlu benchmarks and MMLU.");

        Assert.Equal(a.Find("Llama-2-7B")!.Key, b.Find("LLaMA 2 7B")!.Key);
        Assert.Equal(a.Find("MMLU")!.Key, b.Find("MMLU")!.Key);
    }

    [Fact]
    public void MentionsAreInTextOrderAndDoNotOverlap()
    {
        var r = EntityTestKit.Recognize("In evaluations on Mistral-7B and Llama 3-8B models, TODO consistently outperforms DPO on MT Bench, Piqa, ARC-c and MMLU.");

        for (var i = 1; i < r.Mentions.Count; i++)
        {
            Assert.True(r.Mentions[i - 1].End <= r.Mentions[i].Start);
        }

        Assert.All(r.Mentions, m => Assert.Contains(r.Entities, e => e.Key == m.Key));
    }

    [Fact]
    public void TitleEntitiesCountWithoutSpans()
    {
        var r = EntityTestKit.Recognize("We study pruning of large models.", "Pruning LLaMA-7B with Wanda");

        Assert.NotNull(r.Find("Wanda"));
        Assert.DoesNotContain(r.Mentions, m => m.Surface == "Wanda");
    }
}
