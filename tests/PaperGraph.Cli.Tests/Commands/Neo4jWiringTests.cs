using PaperGraph.Cli.Tests.Support;

namespace PaperGraph.Cli.Tests.Commands;

public sealed class Neo4jWiringTests
{
    [WithoutNeo4jPasswordTheory]
    [InlineData("beats", "DPO")]
    [InlineData("stats")]
    [InlineData("ingest", "samples")]
    public async Task WithNeo4jAndNoPasswordTheCommandSaysWhatToSet(params string[] args)
    {
        var (exit, _, err) = await CliRunner.RunAsync([.. args, "--neo4j", "--uri", "http://127.0.0.1:9"]);

        Assert.Equal(2, exit);
        Assert.Contains("NEO4J_PASSWORD", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpOfAQuestionListsTheNeo4jOptions()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["beats", "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("--neo4j", output, StringComparison.Ordinal);
        Assert.Contains("--uri", output, StringComparison.Ordinal);
    }
}
