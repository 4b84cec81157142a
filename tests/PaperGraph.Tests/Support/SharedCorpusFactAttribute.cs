namespace PaperGraph.Tests.Support;

/// <summary>A fact that needs ../shared/corpus; it reports itself skipped, with the reason, when the corpus is absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (TestPaths.SharedCorpus() is null)
        {
            Skip = "../shared/corpus not found beside the repository (set PAPERGRAPH_SHARED to the shared folder)";
        }
    }
}
