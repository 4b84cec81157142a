using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class ModelNameTests
{
    [Theory]
    [InlineData("We fine-tune LLaMA-7B on the data.", "LLaMA-7B", "LLaMA", null, "7B", 7_000_000_000L)]
    [InlineData("We fine-tune LLaMA-2-13B on the data.", "LLaMA-2-13B", "LLaMA", "2", "13B", 13_000_000_000L)]
    [InlineData("In evaluations on Mistral-7B and Llama 3-8B models, it works.", "Llama 3-8B", "LLaMA", "3", "8B", 8_000_000_000L)]
    [InlineData("We prune Llama-3.1 70B with it.", "Llama-3.1 70B", "LLaMA", "3.1", "70B", 70_000_000_000L)]
    [InlineData("In evaluations on Mistral-7B models, it works.", "Mistral-7B", "Mistral", null, "7B", 7_000_000_000L)]
    [InlineData("SOLO demonstrates performance comparable to LLaVA-v1.5-7B, particularly excelling.", "LLaVA-v1.5-7B", "LLaVA", "v1.5", "7B", 7_000_000_000L)]
    [InlineData("We start from Mistral-7B-v0.1 weights.", "Mistral-7B-v0.1", "Mistral", null, "7B", 7_000_000_000L)]
    [InlineData("We study Mixtral 8x7B routing.", "Mixtral 8x7B", "Mixtral", null, "8x7B", 56_000_000_000L)]
    [InlineData("We use OPT-1.3B as the draft model.", "OPT-1.3B", "OPT", null, "1.3B", 1_300_000_000L)]
    public void SizedModelNamesCarryFamilyVersionAndParameterCount(string text, string name, string family, string? version, string size, long parameters)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(name);
        Assert.NotNull(e);
        Assert.Equal(EntityType.Model, e.Type);
        Assert.NotNull(e.Model);
        Assert.StartsWith(family, e.Model.Family, StringComparison.OrdinalIgnoreCase);
        if (version is not null)
        {
            Assert.Contains(version, e.Model.Family + e.Model.Version, StringComparison.Ordinal);
        }

        Assert.Equal(size, e.Model.Size);
        Assert.Equal(parameters, e.Model.Parameters);
    }

    [Theory]
    [InlineData("We evaluate Qwen2.5-72B-Instruct on math.", "Qwen2.5-72B-Instruct", "72B", "Instruct")]
    [InlineData("We compare with GPT-3.5-turbo on the task.", "GPT-3.5-turbo", null, null)]
    [InlineData("We train ViT-B/16 on ImageNet.", "ViT-B/16", "B/16", null)]
    [InlineData("We compare with Swin-T and Swin-L on ADE20K.", "Swin-T", "T", null)]
    [InlineData("We train ResNet-50 on ImageNet.", "ResNet-50", "50", null)]
    [InlineData("We fine-tune BERT-base on GLUE.", "BERT-base", "base", null)]
    public void VariantsAndSizeWordsAreKept(string text, string name, string? size, string? variant)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(name);
        Assert.NotNull(e);
        Assert.Equal(EntityType.Model, e.Type);
        if (size is not null)
        {
            Assert.Equal(size, e.Model?.Size);
        }

        if (variant is not null)
        {
            Assert.Equal(variant, e.Model?.Variant);
        }
    }

    [Theory]
    [InlineData("Experiments on OPT-2.7B/6.7B/13B show gains.", new[] { "OPT-2.7B", "OPT-6.7B", "OPT-13B" })]
    [InlineData("It improves LLaMA-V1/V2 across sizes.", new[] { "LLaMA-V1", "LLaMA-V2" })]
    [InlineData("We train ResNet-18/50 on CIFAR-10.", new[] { "ResNet-18", "ResNet-50" })]
    public void SlashShorthandExpandsToOneModelEach(string text, string[] names)
    {
        var r = EntityTestKit.Recognize(text);

        foreach (var name in names)
        {
            Assert.True(r.HasNamed(name, EntityType.Model), $"{name} missing from [{string.Join(", ", r.Entities.Select(e => e.Name))}]");
        }
    }

    [Fact]
    public void ParameterRangeExpandsToTheSizesAtItsEnds()
    {
        var r = EntityTestKit.Recognize("We train Pythia models ranging from 70M to 7B parameters.");

        Assert.True(r.HasNamed("Pythia-70M", EntityType.Model));
        Assert.True(r.HasNamed("Pythia-7B", EntityType.Model));
        Assert.Equal(7_000_000_000L, r.Find("Pythia-7B")!.Model!.Parameters);
    }

    [Fact]
    public void SpellingVariantsOfOneSizedModelResolveToOneEntity()
    {
        var r = EntityTestKit.Recognize("We use LLaMA 2 7B. Llama-2-7B is strong. LLaMA2-7B is open.");

        var models = r.Entities.Where(e => e.Type == EntityType.Model).ToList();
        Assert.Single(models);
        Assert.Equal(3, models[0].Mentions);
    }

    [Fact]
    public void DifferentGenerationsStayApartAndTheFamilyIsLinkedNotMerged()
    {
        var r = EntityTestKit.Recognize("We compare LLaMA-7B with LLaMA-2-7B. The LLaMA family is popular.");

        var first = r.Find("LLaMA-7B");
        var second = r.Find("LLaMA-2-7B");
        var family = r.Find("LLaMA");
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotNull(family);
        Assert.NotEqual(first.Key, second.Key);
        Assert.NotEqual(first.Key, family.Key);
        Assert.Equal(family.Name, first.Model?.Family);
    }

    [Theory]
    [InlineData("GPT-type models are decoders.")]
    [InlineData("We study BERT-style encoders.")]
    public void KindOfModelPhrasesAreNotTheModel(string text)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Type == EntityType.Model);
    }

    [Theory]
    [InlineData("7B", 7_000_000_000L)]
    [InlineData("1.3B", 1_300_000_000L)]
    [InlineData("70M", 70_000_000L)]
    [InlineData("8x7B", 56_000_000_000L)]
    [InlineData("base", null)]
    public void ParameterCountsAreNumbers(string size, long? expected)
    {
        Assert.Equal(expected, PaperGraph.Extraction.Entities.ModelNames.Parameters(size));
    }
}
