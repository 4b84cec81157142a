using PaperGraph.Domain;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Entities;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class TitleLeadNameTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;
    private static readonly IPaperExtractor Extractor = DefaultExtractor.Create();

    private static string? Lead(string title, string text) => TitleLeadNames.Find(title, text, p => Lexicon.Find(p)?.Type)?.Name;

    [Theory]
    [InlineData("Warped Mixtures for Nonparametric Cluster Shapes", "We show that our model is effective for density estimation.", "Warped Mixtures")]
    [InlineData("A Lipschitz Exploration-Exploitation Scheme for Bayesian Optimization", "We show that the proposed algorithm significantly outperforms EI.", "Lipschitz Exploration-Exploitation Scheme")]
    [InlineData("Variational MCMC", "We propose a new class of learning algorithms that combines variational approximation and MCMC.", "Variational MCMC")]
    [InlineData("Fast LSTD using stochastic approximation: Finite time analysis and application", "Our method results in an improvement in complexity.", "Fast LSTD")] // the phrase before a subtitle
    [InlineData("Generalized Fisher Score for Feature Selection", "We present a generalized Fisher score to jointly select features.", "Generalized Fisher Score")]
    [InlineData("The Polylingual Labeled Topic Model", "Our experiments show that our model outperforms LDA.", "Polylingual Labeled Topic Model")]
    [InlineData("A Tiered Move-making Algorithm for General Non-submodular Pairwise Energies", "Our method consistently gets better accuracy.", "Tiered Move-making Algorithm")]
    [InlineData("Consensus Message Passing for Layered Graphical Models", "We show that the proposed technique leads to more accurate inference.", "Consensus Message Passing")]
    [InlineData("Deep learning with Elastic Averaging SGD", "A new algorithm is proposed in this setting.", "Elastic Averaging SGD")] // after what it is used for
    [InlineData("Improved Performance of Unsupervised Method by Renovated K-Means", "The proposed K-Means algorithm is compared with K-Means.", "Renovated K-Means")]
    [InlineData("Robust Principal Component Analysis Using Statistical Estimators", "Our proposed method gains better results than the original PCA.", "Robust Principal Component Analysis")] // a known name's last word is no study word
    [InlineData("Adaptive Affinity Propagation Clustering", "The adaptive AP method is proposed; we propose adaptive scanning.", "Adaptive Affinity Propagation Clustering")]
    [InlineData("Two-Stage Metric Learning", "In this paper, we present a novel two-stage metric learning algorithm.", "Two-Stage Metric Learning")] // a coined compound on an area of learning
    [InlineData("Deep Reinforcement Learning with Double Q-learning", "We propose a specific adaptation to the algorithm.", "Double Q-learning")] // the area first, the name after "with"
    [InlineData("Hash Layers For Large Sparse Models", "We show that our method either outperforms or is competitive with Switch Transformers.", "Hash Layers")] // more technique heads
    [InlineData("The ADMM penalized decoder for LDPC codes", "We show that our method has an improved theoretical recovery threshold compared to LP decoding.", "ADMM penalized decoder")]
    [InlineData("Multi-robot Cooperative Box-pushing problem using Multi-objective Particle Swarm Optimization Technique", "The proposed scheme is found to give better results compared to NSGA-II.", "Multi-objective Particle Swarm Optimization")] // the kind after a known technique's name
    [InlineData("An Improved Three-Weight Message-Passing Algorithm", "We show that our algorithm outperforms belief propagation.", "Improved Three-Weight Message-Passing")]
    [InlineData("Nonparametric Sparse Representation", "Simulation results show that our proposed method outperforms the existence methods like OMP, BP, Lasso, and BCS.", "Nonparametric Sparse Representation")] // 1201.2843: a representation is a technique's head
    public void TitleOpeningWithANameGivesIt(string title, string text, string name) => Assert.Equal(name, Lead(title, text));

    [Theory]
    [InlineData("A Spectral Algorithm for Learning Hidden Markov Models", "We show that our algorithm is efficient.")] // one word on a bare head
    [InlineData("Deep Learning: A Survey of Methods", "We show that our method is efficient.")] // a field before a subtitle
    [InlineData("GANs: Generative Nets", "We show that our method is efficient.")] // one word before the colon is a prefix name, found elsewhere
    [InlineData("A Topic Model for Melodic Sequences", "We show that the model has the highest performance.")]
    [InlineData("A Feature Selection Method for Text Classification", "The proposed method outperforms SVM-RFE.")] // the task it does
    [InlineData("Real-Time Detecting Algorithm for Community Structure", "Our algorithm outperforms CNM.")]
    [InlineData("Image Authentication Technique in Frequency Domain", "The proposed algorithm performs better than DCT.")]
    [InlineData("Deep Boltzmann Machines in Estimation of Distribution Algorithms", "We propose to use DBMs as the model.")] // a known name, studied
    [InlineData("A Faster than Classical Quantum Algorithm for Satisfiability", "The proposed quantum algorithm is faster than WalkSAT.")]
    [InlineData("Farthest-Point Heuristic based Initialization Methods for K-Modes Clustering", "We propose new initialization methods.")]
    [InlineData("Sparse neural networks with large learning diversity", "We propose a new network.")] // generic words on a class
    [InlineData("Online Metric Learning for Retrieval", "We propose a new method.")] // an area of learning with a generic word
    [InlineData("Learning to Diagnose with LSTM Recurrent Neural Networks", "Our models outperform several strong baselines.")] // a generic architecture
    [InlineData("Hierarchical Clustering using Sparse Neural Networks and Boosting", "Our method outperforms k-means.")] // not the title's end
    [InlineData("Warped Mixtures: Nonparametric Cluster Shapes", "Our model performs better.")] // a colon title is the title prefix's
    [InlineData("Warped Mixtures for Nonparametric Cluster Shapes", "Mixture models are widely used for density estimation.")] // no method of its own
    [InlineData("Training a Large Scale Classifier with the Quantum Adiabatic Algorithm", "We could already gain an advantage over the standard method AdaBoost with our new classifier.")] // "with the": a known one, used
    public void DescriptionsAreNoName(string title, string text) => Assert.Null(Lead(title, text));

    private static PaperExtraction Run(string title, string text) =>
        Extractor.Extract(new Paper("t", title, text, [], null, [], null, null, new SourceLocation("t", 1, 1)));

    [Fact]
    public void TitleNameTakesOurMethodsClaimAndIsProposed()
    {
        // 1204.0047: the abstract never repeats the title's name.
        var x = Run("A Lipschitz Exploration-Exploitation Scheme for Bayesian Optimization",
            "We propose a new exploration strategy for Bayesian optimization. Considering the Expected Improvement (EI) as a baseline, we empirically show that the proposed algorithm significantly outperforms EI.");
        var claim = Assert.Single(x.Comparisons);
        Assert.Equal(("Lipschitz Exploration-Exploitation Scheme", ComparisonOutcome.Outperforms, "EI"), (claim.Subject, claim.Outcome, claim.Object));
        Assert.Equal(["Lipschitz Exploration-Exploitation Scheme"], x.Proposes);
    }

    [Fact]
    public void TitleNamesInitialsInTheAbstractAreItsName()
    {
        // 1412.6651: "EASGD" is never defined; the title spells it out.
        var x = Run("Deep learning with Elastic Averaging SGD",
            "A new algorithm is proposed in this setting. We show that the stability of EASGD is guaranteed. We compare it with the more common parallelized method ADMM.");
        Assert.Equal(["EASGD"], x.Proposes);
        var claim = Assert.Single(x.Comparisons);
        Assert.Equal(("EASGD", ComparisonOutcome.Compared, "ADMM"), (claim.Subject, claim.Outcome, claim.Object));
    }

    [Fact]
    public void AnAbstractThatNamesItsOwnTechniqueKeepsThatName()
    {
        // 1407.0977: "the new QIGA2 algorithm" is the paper's name, not the title's "Higher-Order Quantum-Inspired Genetic Algorithms".
        var x = Run("Higher-Order Quantum-Inspired Genetic Algorithms",
            "We propose higher quantum orders. It has been presented that using higher quantum orders is beneficial, and the new QIGA2 algorithm outperforms the old QIGA algorithm.");
        var claim = Assert.Single(x.Comparisons);
        Assert.Equal(("QIGA2", "QIGA"), (claim.Subject, claim.Object));
    }

    [Fact]
    public void TitleNameWithoutAClaimIsDropped()
    {
        var x = Run("A Lipschitz Exploration-Exploitation Scheme for Bayesian Optimization",
            "We propose a new exploration strategy for Bayesian optimization, and study its regret on synthetic functions.");
        Assert.Empty(x.Proposes);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Lipschitz Exploration-Exploitation Scheme");
    }

    [Fact]
    public void AuthorBeforeAYearIsNoName()
    {
        var r = EntityTestKit.Recognize("It provides more accurate results than the Particle Belief Propagation (PBP) algorithm of Ihler and McAllester (2009) at a fraction of the cost.");
        Assert.Null(r.Find("McAllester"));
        Assert.NotNull(r.Find("PBP"));
    }
    [Fact]
    public void TitleCarryingTheAbstractsCoinedDefinitionNamesItsOwnMethod()
    {
        // 1510.07273: "a novel … called sum-of-absolute-values (SOAV)", and the title ends with it.
        var x = Run("Multiuser Detection by MAP Estimation with Sum-of-Absolute-Values Relaxation",
            "In this article, we consider multiuser detection. We propose a novel convex relaxation called the sum-of-absolute-values (SOAV) relaxation. Numerical simulations illustrate the effectiveness of the proposed approach compared with the least absolute shrinkage and selection operator (LASSO) method.");
        Assert.Equal(["SOAV"], x.Proposes);
        var claim = Assert.Single(x.Comparisons);
        // The effectiveness shown is the subject's: a win (as "the effectiveness of our model compared with standard LDA").
        Assert.Equal(("SOAV", ComparisonOutcome.Outperforms, "LASSO"), (claim.Subject, claim.Outcome, claim.Object));
    }

    [Theory]
    [InlineData("Binary Particle Swarm Optimization based Biclustering of Web usage Data",
        "We propose a new binary particle swarm optimization (BPSO) based biclustering method. We show that the proposed method is effective.")] // used, not coined: no claim keeps it
    [InlineData("Routing in Wireless Sensor Networks",
        "In this paper, an energy-aware protocol is proposed for the new wireless sensor networks (WSN). The proposed protocol outperforms LEACH.")] // the setting the work is in
    [InlineData("Binary Particle Swarm Optimization based Biclustering of Web Usage Data",
        "Binary particle swarm optimization (BPSO) is popular for this. The proposed method outperforms k-means.")] // defined without a word of introduction
    public void TitleDefinitionsThatNameNoContributionAreNotProposed(string title, string text) =>
        Assert.Empty(Run(title, text).Proposes);
    [Fact]
    public void TitleOpeningWithTheAbstractsDefinitionNamesItsOwnMethodWhenAClaimTakesIt()
    {
        // cs/0605023: the title is the defined name.
        var x = Run("The Gaussian Multiple Access Wire-Tap Channel with Collective Secrecy Constraints",
            "We consider the Gaussian Multiple Access Wire-Tap Channel (GMAC-WT). We present numerical results showing the new rate region and compare it with that of the Gaussian Multiple-Access Channel (GMAC) with no secrecy constraints.");
        Assert.Equal(["GMAC-WT"], x.Proposes);
        var claim = Assert.Single(x.Comparisons);
        Assert.Equal(("GMAC-WT", ComparisonOutcome.Compared, "GMAC"), (claim.Subject, claim.Outcome, claim.Object));
    }

    [Fact]
    public void TitleOpeningWithTheAbstractsDefinitionIsDroppedWithoutAClaim()
    {
        // 1006.3275: what the title studies.
        var x = Run("Normalized Information Distance is Not Semicomputable",
            "Normalized information distance (NID) uses the theoretical notion of Kolmogorov complexity. We show that NID is neither upper semicomputable nor lower semicomputable.");
        Assert.Empty(x.Proposes);
    }
}
