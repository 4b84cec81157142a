using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class ListSiblingTests
{
    [Theory]
    [InlineData("A Jaccard index outperforms existing methods like CKA, SVCCA, and relative representation similarity metrics.", "relative representation similarity", EntityType.Method)]
    [InlineData("We train with optimizers such as Adam, Adafactor, and sign descent on graphs.", "sign descent", EntityType.Method)]
    [InlineData("We relate the performance of weight-averaging and logit-ensembling to flatness.", "logit-ensembling", EntityType.Method)]
    [InlineData("FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel) by 1.18x.", "Tutel", EntityType.Method)]
    [InlineData("GraphMat performs faster than frameworks such as GraphLab, CombBLAS and Galois.", "Galois", EntityType.Method)]
    [InlineData("M2R2 achieves 2.8x speedups, outperforming methods like Medusa, LookAhead Decoding, and DEED.", "DEED", EntityType.Method)]
    [InlineData("We plug the block into backbone models, e.g., ResNet, ResNeXt, and DLA.", "DLA", EntityType.Model)]
    [InlineData("Sheared-LLaMA models outperform open-source models of equivalent sizes, such as Pythia, INCITE, and OpenLLaMA models.", "INCITE", EntityType.Model)]
    [InlineData("A large-scale numerical study comparing KL-UCB with its main competitors (UCB, UCB2, UCB-Tuned, UCB-V, DMED) shows that KL-UCB is remarkably efficient.", "DMED", EntityType.Method)]
    [InlineData("A large-scale numerical study comparing KL-UCB with its main competitors (UCB, UCB2, UCB-Tuned, UCB-V, DMED) shows that KL-UCB is remarkably efficient.", "UCB2", EntityType.Method)]
    [InlineData("Surprisingly, FTVI also significantly outperforms popular heuristically-informed MDP algorithms such as ILAO*, LRTDP, BRTDP and Bayesian-RTDP in many domains.", "BRTDP", EntityType.Method)]
    [InlineData("We report on extensive experiments showing that RockIt outperforms the state-of-the-art systems Alchemy, Markov TheBeast, and Tuffy both in terms of efficiency and quality of results.", "Alchemy", EntityType.Method)] // 1304.4379
    [InlineData("We report on extensive experiments showing that RockIt outperforms the state-of-the-art systems Alchemy, Markov TheBeast, and Tuffy both in terms of efficiency and quality of results.", "Tuffy", EntityType.Method)]
    [InlineData("The proposed approach consistently outperforms state-of-the-art ensembles such as Bagging, AdaBoost, Random Forests, Gasen, Regularized Selective Ensemble, and Ensemble Pruning via Semi-Definite Programming.", "Regularized Selective Ensemble", EntityType.Method)] // 1406.1167
    [InlineData("We compare FastFlow with state-of-the-art programming frameworks such as Cilk, OpenMP, and Intel TBB.", "Intel TBB", EntityType.Method)] // 0909.1187
    [InlineData("Our experimental results indicate that Rank based cache replacement algorithm outperforms LRU, LFU and Greedy Dual.", "Greedy Dual", EntityType.Method)] // 1003.4062: a list a win is claimed over
    [InlineData("Using a synthetic and a real dataset, we show that RIQ outperforms RDF-3X and Jena TDB on a variety of SPARQL queries.", "Jena TDB", EntityType.Method)] // 1506.01333
    [InlineData("The result shows that the method gave better performance than PNN, SVM, and Fourier Transform.", "Fourier Transform", EntityType.Method)] // 1110.1513
    [InlineData("RSLMGA is compared with other well known algorithms: DE, PGA, Grefensstette and Eshelman.", "Eshelman", EntityType.Method)] // 1307.5840: a colon after a plural kind opens the list
    public void TheLastItemOfAnEnumerationOfNamesIsANameOfTheSameKind(string text, string name, EntityType type)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, type);
    }

    [Theory]
    [InlineData("We prune models such as LLaMA, OPT, and other open models.", "other open models")]
    [InlineData("Baselines such as LoRA, DoRA, and similar approaches are compared.", "similar approaches")]
    [InlineData("Minitron performs comparably to models such as Mistral 7B, Gemma 7B and Llama-3 8B, and outperform state-of-the-art compression techniques.", "outperform state-of-the-art compression")]
    [InlineData("We fine-tune LoRA and dropout layers.", "dropout layers")]
    [InlineData("We combine LoRA and weight-sharing.", "weight-sharing")]
    [InlineData("Controllers such as LQR and Control. We study control of robots.", "Control")]
    [InlineData("We compare LoRA and Tutel, which we run on GPUs.", "Tutel")]
    [InlineData("We fine-tune models such as LoRA and NLP.", "NLP")]
    [InlineData("We compare SVM with two methods (LoRA, Internet) on data.", "Internet")]
    [InlineData("We compare SVM and CART (UCB2, DMED) on data.", "UCB2")]
    [InlineData("We evaluate on datasets such as MNIST, Street View Numbers, and Caltech Birds.", "Street View Numbers")] // a list of data sets gives no technique
    [InlineData("Ensembles such as AdaBoost, Bagging, and Control. We study control of robots.", "Control")] // written in lower case too
    [InlineData("The proposed approach outperforms methods such as AdaBoost, The Forest, and Wide Nets.", "The Forest")] // a phrase's opening word
    [InlineData("Their classification is tested with four classifiers: Weighted Neighbor Distance, Neural Network, Decision Tree and SVM.", "Neural Network")] // 1503.05786: a generic architecture
    public void DescriptionsClausesAndUnlistedPartnersAreNoNames(string text, string phrase)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Origin == "list-sibling" && phrase.Contains(e.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("M2R2 outperforms methods like Medusa, LookAhead Decoding, and DEED.", "LookAhead Decoding")]
    [InlineData("We decode with ZigZag Decoding to resolve collisions.", "ZigZag Decoding")]
    public void ACoinedNameWithACapitalisedTechniqueNounIsOneName(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, EntityType.Method);
    }

    [Theory]
    [InlineData("We improve the PageRank Algorithm for ranking pages.", "PageRank Algorithm")]
    [InlineData("A New Taxonomy Of FooNet Pruning Methods is given.", "FooNet Pruning")]
    public void GenericHeadsAndTitleCasedRunsStayApart(string text, string phrase)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Name == phrase);
    }

    [Fact]
    public void ThePluralExpansionOfAnAcronymAlsoNamesOneOfThem()
    {
        var r = EntityTestKit.Recognize("We call the resulting network structures wide residual networks (WRNs). Even a simple 16-layer-deep wide residual network is fast.");

        var e = r.Find("WRNs");
        Assert.NotNull(e);
        Assert.Contains("wide residual network", e.Aliases);
    }
}
