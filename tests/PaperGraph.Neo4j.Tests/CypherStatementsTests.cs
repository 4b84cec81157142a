using System.Diagnostics;
using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Neo4j.Tests.Support;

namespace PaperGraph.Neo4j.Tests;

public sealed partial class CypherStatementsTests
{
    public static TheoryData<string> Names => [.. CypherStatements.Names];

    [Fact]
    public void EveryFileInTheCypherFolderIsEmbedded()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("cypher"), "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, CypherStatements.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryStatementDeclaresExactlyTheParametersItUses(string name)
    {
        var text = CypherStatements.Get(name);
        var header = ParamsHeader().Match(text);
        Assert.True(header.Success, $"cypher/{name}.cypher lacks a '// params:' header");
        var declared = header.Groups[1].Value.Trim() == "none"
            ? []
            : header.Groups[1].Value.Split(',').Select(p => p.Trim().TrimStart('$')).Order().ToList();
        var used = Parameter().Matches(Comment().Replace(text, "")).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        Assert.Equal(declared, used);
    }

    [Fact]
    public void EveryEntityTypeHasItsOwnLoadingStatementWithAFixedLabel()
    {
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var text = CypherStatements.Get(GraphRows.EntityStatement(type));
            Assert.Contains($"SET e:{type},", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnknownStatementNameFailsClearly()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CypherStatements.Get("no_such_statement"));
        Assert.Contains("cypher/no_such_statement.cypher", ex.Message, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public async Task EveryStatementPassesNeo4jsOwnParser()
    {
        Assert.True(
            CypherLintFactAttribute.IsInstalled,
            $"the Cypher lint needs its npm packages: run '{CypherLintFactAttribute.InstallCommand}' before the tests (CI=true, so this cannot be skipped)");
        using var node = Process.Start(new ProcessStartInfo("node", [RepoPaths.Combine("tools", "cypher-lint", "lint.mjs"), RepoPaths.Combine("cypher")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"cypher lint failed:\n{await stderr}\n{await stdout}");
        Assert.Contains($"{CypherStatements.Names.Count} files, 0 with problems", await stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^//\s*params:\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex ParamsHeader();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
