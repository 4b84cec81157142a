using PaperGraph.Extraction.Text;

namespace PaperGraph.Tests.Extraction.Text;

public sealed class AbstractTextTests
{
    [Theory]
    [InlineData(@"runs in $\tilde{O}(n)$ time over $\mathbb{R}^d$", "runs in O(n) time over R^d")]
    [InlineData(@"a regret of $\mathcal{O}(\sqrt{T})$", "a regret of O(T)")]
    [InlineData(@"we set $\alpha = 0.5$ and use \textbf{LoRA}", "we set alpha = 0.5 and use LoRA")]
    [InlineData(@"a 2$\times$ speedup", "a 2× speedup")]
    [InlineData(@"We call the constructed method C$_k$RBF, and compare SVM$^{perf}$ with DisCoF$^+$", "We call the constructed method CkRBF, and compare SVMperf with DisCoF+")] // 1408.2869: marks glued to a name join it
    [InlineData(@"the graphs $G_1$ and $H^2$", "the graphs G_1 and H^2")] // math on its own keeps its marks
    [InlineData(@"we introduce UM--ProtoShare, a teacher--student model", "we introduce UM-ProtoShare, a teacher-student model")]
    [InlineData(@"SVM outperforms Na\""ive Bayes; the Cram\'{e}r-Rao bound; Erd\H{o}s; Sch\""{o}lkopf; Fran\c{c}ois; \'{\i}", "SVM outperforms Naive Bayes; the Cramer-Rao bound; Erdos; Scholkopf; Francois; i")]
    [InlineData(@"Dice $0.927{\rightarrow}0.971$", "Dice 0.927→0.971")]
    [InlineData(@"NLOMJ--a natural language object model", "NLOMJ--a natural language object model")]
    [InlineData(@"the 0--2\,px band --- and the rest -- unchanged", "the 0-2 px band — and the rest -- unchanged")]
    public void LatexIsReducedToItsWords(string raw, string clean)
    {
        Assert.Equal(clean, AbstractText.Clean(raw));
    }
}
