using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("We extract texture features. Shape features follow. We fuse them.", "We extract texture features.|Shape features follow.|We fuse them.")]
    [InlineData("Texture features come from the selected region. k-Nearest Neighbour(k-NN) classifier yields the best grading rate.", "Texture features come from the selected region.|k-Nearest Neighbour(k-NN) classifier yields the best grading rate.")] // 1501.01090: a lower-case name opens a sentence
    [InlineData("We train embeddings. word2vec is the baseline.", "We train embeddings.|word2vec is the baseline.")]
    [InlineData("The results are good. and so on.", "The results are good. and so on.")] // a plain lower-case word does not
    [InlineData("We compare methods, e.g. kNN and SVM.", "We compare methods, e.g. kNN and SVM.")] // nor after an abbreviation
    [InlineData("It runs 2.5x faster. Smith et al. GPT-2 is not a sentence start here.", "It runs 2.5x faster.|Smith et al. GPT-2 is not a sentence start here.")]
    public void SentencesEndWhereTheNextOneOpens(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length));

        Assert.Equal(expected, string.Join('|', sentences));
    }
}
