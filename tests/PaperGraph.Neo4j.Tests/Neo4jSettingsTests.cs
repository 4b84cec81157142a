namespace PaperGraph.Neo4j.Tests;

public sealed class Neo4jSettingsTests
{
    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("http://localhost", "http://localhost:7474/")]
    [InlineData("neo4j://localhost:7687", "http://localhost:7474/")]
    [InlineData("bolt://db.example.org", "http://db.example.org:7474/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("https://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("http://localhost:17474/", "http://localhost:17474/")]
    public void DriverAndHttpUrisMapToTheQueryApiEndpoint(string uri, string endpoint)
    {
        Assert.Equal(endpoint, new Neo4jSettings(uri, "neo4j", "pw").Endpoint.AbsoluteUri);
    }

    [Fact]
    public void TheDatabaseDefaultsToNeo4j()
    {
        Assert.Equal("neo4j", new Neo4jSettings("http://localhost:7474", "neo4j", "pw").Database);
        Assert.Equal("papers", new Neo4jSettings("http://localhost:7474", "neo4j", "pw", "papers").Database);
    }

    [Fact]
    public void CredentialsInTheUriAndThePasswordNeverShowInText()
    {
        var s = new Neo4jSettings("http://neo4j:hunter2-secret@localhost:7474", "neo4j", "hunter2-secret");
        Assert.DoesNotContain("hunter2", s.Endpoint.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", s.ToString(), StringComparison.Ordinal);
        var bad = Assert.Throws<ArgumentException>(() => new Neo4jSettings("ftp://neo4j:hunter2-secret@localhost", "neo4j", "hunter2-secret"));
        Assert.DoesNotContain("hunter2", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsupportedSchemeIsRejectedWithTheSchemesThatWork()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Neo4jSettings("ftp://localhost", "neo4j", "pw"));
        Assert.Contains("expected http, https, neo4j, bolt", ex.Message, StringComparison.Ordinal);
    }
}
