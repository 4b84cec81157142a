using System.Text.Json;
using PaperGraph.Cli.Tests.Support;

namespace PaperGraph.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _gold = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");

    public EvalCommandTests()
    {
        File.WriteAllLines(_gold,
        [
            """{"id":"a","title":null,"abstract":"We apply Wanda and SparseGPT.","entities":[{"type":"Method","name":"Wanda","aliases":[]},{"type":"Method","name":"SparseGPT","aliases":[]}],"proposes":[],"comparisons":[]}""",
            """{"id":"b","title":"T","abstract":"GaLore saves memory.","entities":[{"type":"Method","name":"GaLore","aliases":[]}],"proposes":["GaLore"],"comparisons":[]}""",
        ]);
    }

    public void Dispose() => File.Delete(_gold);

    [Fact]
    public async Task JsonOutputCarriesPerCategoryScores()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["eval", "--gold", _gold, "--json"], () => new ScriptedExtractor("Wanda", "GaLore", "saves"));

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var method = doc.RootElement.GetProperty("scores").EnumerateArray().First(s => s.GetProperty("category").GetString() == "Method");
        Assert.Equal(2, doc.RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(3, method.GetProperty("gold").GetInt32());
        Assert.Equal(3, method.GetProperty("predicted").GetInt32());
        Assert.Equal(2, method.GetProperty("truePositives").GetInt32());
    }

    [Fact]
    public async Task TableOutputListsErrorsWhenAsked()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["eval", "--gold", _gold, "--errors"], () => new ScriptedExtractor("Wanda"));

        Assert.Equal(0, exit);
        Assert.Contains("SparseGPT", output, StringComparison.Ordinal);
        Assert.Contains("FN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingGoldFileIsAOneLineUsageError()
    {
        var (exit, _, err) = await CliRunner.RunAsync(["eval", "--gold", "/nonexistent/gold.jsonl"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: gold file not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsTheCommands()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("eval", output, StringComparison.Ordinal);
        Assert.Contains("stats", output, StringComparison.Ordinal);
    }
}
