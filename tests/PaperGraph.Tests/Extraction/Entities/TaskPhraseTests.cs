using PaperGraph.Domain;
using PaperGraph.Extraction.Entities;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class TaskPhraseTests
{
    [Theory]
    [InlineData("Big Transfer (BiT): General Visual Representation Learning", "visual representation learning")]
    [InlineData("GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection", "memory-efficient LLM training")]
    [InlineData("Research without Re-search: Maximal Update Parametrization Yields Accurate Loss Prediction across Scales", "loss prediction")]
    [InlineData("Diffusion-Based Neural Network Weights Generation", "neural network weights generation")]
    [InlineData("SQFT: Low-cost Model Adaptation in Low-precision Sparse Foundation Models", "model adaptation")]
    public void TitlePhrasesEndingInAProblemWordAreTasks(string title, string task)
    {
        Assert.Contains(task, TaskPhrases.InTitle(title));
    }

    [Theory]
    [InlineData("Attention Is All You Need")]
    [InlineData("Pruning On-the-Fly: A Recoverable Pruning Method without Fine-tuning")]
    [InlineData("Train Once Deploy Many Efficient Supernet-Based RNN-T Model Compression For On-device Models")]
    public void TitlesWithoutAShortProblemPhraseGiveNone(string title)
    {
        Assert.Empty(TaskPhrases.InTitle(title));
    }

    [Theory]
    [InlineData("MEAP outperforms NTP on key information retrieval and long-context reasoning tasks, while", new[] { "key information retrieval", "long-context reasoning" })]
    [InlineData("It improves land use classification and socioeconomic mapping tasks compared to baselines.", new[] { "land use classification", "socioeconomic mapping" })]
    public void CoordinatedPhrasesBeforeTasksAreEachATask(string text, string[] tasks)
    {
        var found = TaskPhrases.BeforeTasks(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(tasks.OrderBy(t => t, StringComparer.Ordinal), found.OrderBy(t => t, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("It does well on various downstream tasks.")]
    [InlineData("It does well on reasoning tasks.")]
    [InlineData("We use a multi-task setup and taskforce.")]
    public void VagueOrNoPhrasesBeforeTasksGiveNone(string text)
    {
        Assert.Empty(TaskPhrases.BeforeTasks(text));
    }

    [Fact]
    public void TitleTasksBecomeTaskEntitiesWithTheirRule()
    {
        var r = EntityTestKit.Recognize("We study how to predict the loss of large models from small ones.", "Maximal Update Parametrization Yields Accurate Loss Prediction across Scales");

        var e = r.Find("loss prediction");
        Assert.NotNull(e);
        Assert.Equal(EntityType.Task, e.Type);
        Assert.Equal("title-task", e.Origin);
    }
}
