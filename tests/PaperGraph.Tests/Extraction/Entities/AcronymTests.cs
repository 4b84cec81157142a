using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class AcronymTests
{
    [Theory]
    [InlineData("We propose Mask-Enhanced Autoregressive Prediction (MEAP), a simple training paradigm.", "MEAP", "Mask-Enhanced Autoregressive Prediction")]
    [InlineData("This approach, abbreviated as MEAP (Mask-Enhanced Autoregressive Prediction), is simple.", "MEAP", "Mask-Enhanced Autoregressive Prediction")]
    [InlineData("We come up with a new defender method, CeTaD, which stands for Considering Pretrained Transformers as Defenders.", "CeTaD", "Considering Pretrained Transformers as Defenders")]
    [InlineData("We introduce Multimodal Speech Recognition from Scratch (MSRS) for lip reading.", "MSRS", "Multimodal Speech Recognition from Scratch")]
    public void DefinitionsInEitherDirectionGiveTheAcronymAsNameAndTheExpansionAsAlias(string text, string name, string expansion)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(name);
        Assert.NotNull(e);
        Assert.Equal(name, e.Name);
        Assert.Contains(expansion, e.Aliases);
        Assert.Equal(EntityType.Method, e.Type);
        Assert.Same(e, r.Find(expansion));
    }

    [Theory]
    [InlineData("Extreme Adaptive Sparse Training (EAST) prunes ResNets.", "EAST", EntityType.Method)]
    [InlineData("Automatic Speech Recognition (ASR) needs data.", "ASR", EntityType.Task)]
    [InlineData("We build the Long Horizon Planning Benchmark (LHPB) for agents.", "LHPB", EntityType.Dataset)]
    [InlineData("Slow feature analysis (SFA) is an unsupervised-learning algorithm that extracts slowly varying features.", "SFA", EntityType.Method)]
    [InlineData("A supervised extension to SFA for classification is graph-based SFA (GSFA).", "GSFA", EntityType.Method)]
    [InlineData("It has been shown that hierarchical GSFA (HGSFA) allows learning from images.", "HGSFA", EntityType.Method)]
    [InlineData("It outperforms algorithms such as gradient projection for sparse reconstruction (GPSR) and two-step iterative shrinkage/thresholding (TwIST).", "TwIST", EntityType.Method)]
    [InlineData("The regularized random forest (RRF) was recently proposed for feature selection.", "RRF", EntityType.Method)]
    [InlineData("We analyze two popular on-line algorithms, Gradient Descent (GD) and Exponentiated Gradient (EG).", "EG", EntityType.Method)]
    [InlineData("This general optimization framework, called Non-Local Patch Regression (NLPR), contains NLM as a special case.", "NLPR", EntityType.Method)]
    [InlineData("This paper compares two techniques: (1) Support Vector Machine (SVM) and (2) Relevance Vector Machine (RVM).", "RVM", EntityType.Method)]
    [InlineData("Texts are labelled with a Naive Bayes Classifier (NBC) trained on news.", "NBC", EntityType.Method)]
    [InlineData("Alternative to these, the Pruning Rule Generation (PRG) algorithm is developed.", "PRG", EntityType.Method)] // an activity the text calls an algorithm
    [InlineData("Rule Reduct Generation (RG) and Modified Rule Generation (MRG) algorithms are well-known.", "RG", EntityType.Method)]
    [InlineData("Rule Reduct Generation (RG) is a hard problem.", "RG", EntityType.Task)]
    public void TheExpansionTypesTheAcronym(string text, string name, EntityType type)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, type);
    }

    [Theory]
    [InlineData("We estimate channel state information (CSI) at the receiver. The CSI is then fed back to the transmitter.", "CSI")]
    [InlineData("Our interface comes from human-computer interaction (HCI) research. HCI studies confirm it.", "HCI")]
    public void ALowerCaseExpansionIsNoDatasetTheLettersAlsoName(string text, string letters)
    {
        // A list of datasets knows these letters; the paper's lower-case expansion says they are a notion here, everywhere.
        var r = EntityTestKit.Recognize(text);

        Assert.Null(r.Find(letters));
        Assert.DoesNotContain(r.Mentions, m => m.Type == EntityType.Dataset);
    }

    [Theory]
    [InlineData("In the infrastructure Basic Service Set an Access Point (AP) serves as a gateway. The AP schedules the uplink.", "AP")] // 0704.1842: not average precision
    [InlineData("Distributed source coding (DSC) compresses correlated sources separately. We design DSC codes.", "DSC")] // 1111.1347: not the Dice coefficient
    [InlineData("Mobile Cloud Computing (MCC) brings computing to phones. MCC raises new security questions.", "MCC")] // 1206.1118: not Matthews correlation
    public void LettersAListKnowsAsAMeasureMeanWhatTheTextSpellsOut(string text, string letters)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Mentions, m => m.Type == EntityType.Metric);
        Assert.False(r.HasNamed(letters, EntityType.Metric));
    }

    [Theory]
    [InlineData("In this work, we propose Attentive Pooling (AP), a two-way attention mechanism for discriminative model training.", "AP", EntityType.Method)] // 1602.03609
    [InlineData("We fit the model with the Expectation-Maximisation (EM) algorithm.", "EM", EntityType.Method)] // 0712.4273
    [InlineData("Our experimental results show that the proposed approach performs well in terms of the Bilingual Evaluation Understudy (BLEU) score.", "BLEU", EntityType.Metric)]
    [InlineData("Segmentations are scored by the Dice similarity coefficient (DSC) against manual labels.", "DSC", EntityType.Metric)]
    public void AMeasuresLettersTheTextSpellsOutOtherwiseTakeTheTextsSense(string text, string name, EntityType type)
    {
        EntityTestKit.Recognize(text).AssertNamed(name, type);
    }

    [Theory]
    [InlineData("We build on the shape retrieval contest (SHREC) and report results on SHREC.", "SHREC", EntityType.Dataset)]
    [InlineData("The proposed CoSLAT algorithm combines cooperative self-localization (CSL) and tracking. It improves on state-of-the-art CSL and DTT algorithms.", "CSL", EntityType.Method)]
    public void ALowerCaseExpansionKeepsWhatItsWordsSay(string text, string name, EntityType type)
    {
        EntityTestKit.Recognize(text).AssertNamed(name, type);
    }

    [Theory]
    [InlineData("Nodes of a wireless sensor network (WSN) report to a sink, so WSN lifetime is short.", "WSN")]
    [InlineData("Routing in mobile ad hoc networks (MANETs) is hard; MANETs change topology.", "MANET")]
    [InlineData("We build on a service oriented architecture (SOA) for pervasive computing.", "SOA")]
    [InlineData("Wireless Sensor Networks (WSN) are deployed in harsh environments, where WSN nodes fail.", "WSN")] // capitalised from its first word
    [InlineData("Vehicular Ad hoc Networks (VANET) connect cars, and VANET routing must be fast.", "VANET")]
    public void ANetworkOfDevicesIsNoModel(string text, string letters)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Null(r.Find(letters));
        Assert.DoesNotContain(r.Mentions, m => m.Type == EntityType.Model);
    }

    [Theory]
    [InlineData("We present the Generic Authentication Scheme for Mobile Ad-hoc Networks (GASMAN). GASMAN needs no central authority.", "GASMAN")] // 1005.3391
    [InlineData("We present our extended SOA model for pervasive computing, called Service Lightweight Component Architecture (SLCA).", "SLCA")] // 1102.5193
    public void ANameThatEndsInANetworkOfDevicesIsThePapersOwn(string text, string letters)
    {
        Assert.NotNull(EntityTestKit.Recognize(text).Find(letters));
    }

    [Fact]
    public void ACoinedNetworkNameStaysAName()
    {
        // cs/0411046: a capitalised expansion is the paper's own name, whatever its words.
        var r = EntityTestKit.Recognize("We propose Balanced Overlay Networks (BON), a decentralized load balancing scheme. BON scales to many nodes.");

        Assert.NotNull(r.Find("BON"));
    }

    [Fact]
    public void LettersBlockedAsANotionStayInsideNamesBuiltOnThem()
    {
        var r = EntityTestKit.Recognize("Rate-1 complex orthogonal designs (COD) do not exist. We construct a class of generalized CODs (called Coordinate-Interleaved Scaled CODs) with low PAPR, and a CBC-COD strategy.");

        Assert.Contains(r.Mentions, m => m.Surface == "Coordinate-Interleaved Scaled CODs");
    }

    [Theory]
    [InlineData("We propose the Structured State Space sequence model (S4) based on a new parameterization.", "S4", "Structured State Space sequence model")]
    [InlineData("We present Hungry Hungry Hippos (H3), a new layer.", "H3", "Hungry Hungry Hippos")]
    [InlineData("We introduce the Deep Soft Cross-Entropy (DS2CE) loss for noisy labels.", "DS2CE", null)]
    [InlineData("We introduce an exact unlearning framework -- Sequence-aware Sharded Sliced Training (S3T), designed for deletion.", "S3T", "Sequence-aware Sharded Sliced Training")]
    public void ADigitAfterALetterCountsThatLettersWords(string text, string name, string? expansion)
    {
        var e = EntityTestKit.Recognize(text).Find(name);

        if (expansion is null)
        {
            Assert.True(e is null || !e.Aliases.Any(a => a.StartsWith("Deep", StringComparison.Ordinal)));
            return;
        }

        Assert.NotNull(e);
        Assert.Contains(expansion, e.Aliases);
    }

    [Theory]
    [InlineData("This simple intervention, which we call LAyer-SElective Rank reduction (LASER), can be done after training.", "LASER")]
    public void CapitalsPickedOutInsideWordsCoinAName(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, EntityType.Method);
        Assert.Null(r.Find("LAyer-SElective"));
    }

    [Fact]
    public void LaterMentionsOfADefinedAcronymJoinItsEntity()
    {
        var r = EntityTestKit.Recognize("We propose Tie-rank Oriented Direct Preference Optimization (TODO). TODO consistently outperforms DPO. Notably, TODO is simple.");

        var e = r.Find("TODO");
        Assert.NotNull(e);
        Assert.Equal(4, e.Mentions); // the expansion and three uses of the acronym
        Assert.Equal("acronym-definition", e.Origin);
        Assert.NotEqual(e.Key, r.Find("DPO")!.Key); // "…Direct Preference Optimization (TODO)" is not DPO
        Assert.Contains(e.Key, r.Proposes);
    }

    [Theory]
    [InlineData("Large Language Models (LLMs) have achieved remarkable success.")]
    [InlineData("Data from Point-of-Interest (POI) data is noisy.")]
    [InlineData("Deep Neural Networks (DNNs) are large.")]
    [InlineData("Large Vision-Language Models (LVLMs) hallucinate objects.")]
    [InlineData("Research on Sparse Neural Networks (SNNs) has focused on clean data.")]
    public void GenericOrDataDefinitionsGiveNoEntity(string text)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Empty(r.Entities);
    }

    [Theory]
    [InlineData("Cellular networks such as Long Term Evolution (LTE) carry the traffic.", "LTE", false)]
    [InlineData("Traffic from Base Stations (BSs) is scheduled.", "BS", false)]
    [InlineData("We propose Fast Adaptive Routing (FAR) for cellular networks.", "FAR", true)]
    [InlineData("This approach, abbreviated as MSRS (Multimodal Speech Recognition from Scratch), is simple.", "MSRS", true)]
    public void PlainAcronymsWithoutAHeadNounAreKeptOnlyWhenIntroduced(string text, string name, bool kept)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Equal(kept, r.Find(name) is not null);
    }

    [Theory]
    [InlineData("In this paper, we formulate the relaxed survey propagation (RSP) algorithm for weighted Max-SAT.", "RSP", true)]
    [InlineData("This paper presents a new greedy sensor placement algorithm, named maximal projection on minimum eigenspace (MPME), for linear inverse problems.", "MPME", true)]
    [InlineData("The first algorithm, topological value iteration (TVI), detects the structure of MDPs.", "TVI", true)]
    [InlineData("We consider a 2-D shallow-water equations (SWE) model on a beta-plane.", "SWE", false)]
    [InlineData("We study a cognitive radio (CR) system with two users.", "CR", false)]
    [InlineData("We propose a method for protein-protein interaction (PPI) prediction.", "PPI", false)]
    public void LowerCaseExpansionsNameATechniqueOnlyWhenTheTextSaysSoAroundThem(string text, string name, bool kept)
    {
        var r = EntityTestKit.Recognize(text);

        var e = r.Find(name);
        Assert.Equal(kept, e is not null);
        Assert.True(e is null || e.Type == EntityType.Method);
    }

    [Theory]
    [InlineData("A numerical study comparing SVM with its main competitors (CART, UCB) shows that SVM is efficient.")]
    [InlineData("We compare SVM with competitors (CART).")]
    public void AClauseThatHoldsAnotherAcronymDefinesNothing(string text)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed("SVM", EntityType.Method);
        r.AssertNamed("CART", EntityType.Method);
        Assert.DoesNotContain(r.Entities, e => e.Aliases.Any(a => a.Contains("SVM", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("We introduce Multi-Slots Coded ALOHA (MuSCA) as a multiple random access method.", "MuSCA")]
    [InlineData("A novel algorithm named negotiation-based MARL with sparse interactions (NegoSI) is presented.", "NegoSI")]
    public void AnExpansionMayHoldAnAcronymItAbbreviates(string text, string name)
    {
        Assert.NotNull(EntityTestKit.Recognize(text).Find(name));
    }

    [Fact]
    public void AnAcronymInsideAnotherWordIsNotAMention()
    {
        var r = EntityTestKit.Recognize("We propose Mixture of Layer Norms (MixLN). MixLNs are cheap; MixLNet is another thing.");

        var e = r.Find("MixLN");
        Assert.NotNull(e);
        Assert.DoesNotContain(r.Mentions, m => m.Key == e.Key && r.Text.AsSpan(m.Start).StartsWith("MixLNet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Empirical evaluation shows that IJGP is almost always superior to IBP and MC, and is sometimes more accurate.", "IBP")]
    [InlineData("Experiments demonstrate that the new algorithm accelerates training compared to DOWNPOUR and other baselines.", "DOWNPOUR")]
    [InlineData("We compared DAPIEN to the commonly used Bootstrap method on three synthetic datasets.", "DAPIEN")]
    [InlineData("Results indicate that DCP outperforms the state-of-the-art local descriptors (e.g. LBP, LTP, LPQ and POEM) for face identification.", "LPQ")]
    [InlineData("F-SVM outperforms the standard SVM and the existing radius-margin based SVMs, e.g., RMM, R-SVM+ and others.", "RMM")]
    [InlineData("We demonstrate that TSDT does significantly better than both Q-learning and Watkins' method.", "TSDT")]
    [InlineData("Empirically, we show that RSP outperforms SP-y and other state-of-the-art Max-SAT solvers.", "SP-y")]
    [InlineData("We propose XAIC and its special case FAIC. Then XAIC and FAIC predictively outperform AIC and BIC.", "FAIC")]
    [InlineData("Simulation results show that our ART-GAS algorithm significantly outperforms the existing GTS mechanism specified in IEEE 802.15.4.", "GTS")]
    [InlineData("We show that FooPlan scales better than the state-of-the-art CLG planner on existing benchmark problems.", "CLG")]
    [InlineData("Evaluations indicate that the proposed MLDANet outperforms the PCANet, LDANet, MPCA + LDA, and MLDA in terms of classification.", "MLDA")]
    [InlineData("We found that the algorithm Partially Matched Crossover significantly outperforms Cycle Crossover at 95% confidence level.", "Partially Matched Crossover")]
    [InlineData("We found that the algorithm Partially Matched Crossover significantly outperforms Cycle Crossover at 95% confidence level.", "Cycle Crossover")]
    [InlineData("We show that MFNG has faster per-epoch convergence compared to Stochastic Maximum Likelihood with centering.", "Stochastic Maximum Likelihood")]
    [InlineData("Results: FindZebra outperforms Google Search in both default setup and customised resources.", "Google Search")]
    [InlineData("Compared to SR, SGC improves the robustness and the discriminating power of GT.", "SGC")] // a sentence that opens with its comparison
    [InlineData("The experimental result shows that MLP-ABC performance is better than MLP-BP for time series data.", "MLP-ABC")] // its performance is the subject's
    [InlineData("On spatial alignment, we outperform the popular SIFT Flow algorithm.", "SIFT Flow")] // capitals before a technique's head
    [InlineData("Our proposed algorithm is competitive with MC-AIXI-CTW that maintains a Bayesian mixture.", "MC-AIXI-CTW")] // parity names its object too
    [InlineData("It becomes much faster than conventional sorting techniques and comparable to Quick Sort and Merge Sort.", "Merge Sort")]
    [InlineData("Our experiments show that the model assigns better log probability to unseen data than the Constrained Poisson model.", "Constrained Poisson")]
    [InlineData("Our strategy is compared with the standard Adapt-then-Combine scheme and analysed.", "Adapt-then-Combine")]
    [InlineData("Compared to SR, SGC improves the robustness and the discriminating power of GT.", "SR")]
    [InlineData("We show that it is fast. Compared with the reference algorithms, ZAP demonstrates rather good performance in recovery precision.", "ZAP")]
    [InlineData("We show that our algorithm outperforms the deterministic algorithm K2.", "K2")] // a name set after the technique's noun
    [InlineData("We show that compared to the state-of-the-art algorithm IMM [20], our approach improves the accuracy.", "IMM")]
    [InlineData("This solver is compared to the dense active set solvers LSSOL and qpOASES using a quadrotor helicopter platform.", "LSSOL")]
    [InlineData("In simulations, we see that DD and SCOMP far outperform COMP, with SCOMP very close to the optimal SSS.", "SCOMP")] // "far" before the verb
    [InlineData("Our experimental results show that WDES and WDICS outperform DEPTA [1] in terms of Precision and Recall.", "WDES")] // the first of two joined by "and"
    [InlineData("The presented simulation results clearly provide that the QDF-NC perform better than analog-NC.", "QDF-NC")] // a plural verb
    [InlineData("We demonstrate the superior support recovery performance of our proposed algorithm compared to existing decentralized algorithms: DRL-1, DCOMP and DCSP.", "DCOMP")] // 1507.02387: a colon after a plural kind
    [InlineData("RSLMGA is compared with other well known algorithms: DE, PGA, Grefensstette and Eshelman.", "PGA")] // 1307.5840
    [InlineData("In synthetic data experiments, SWVP provides substantial improvements over CSP.", "CSP")] // 1602.03040: what a win is claimed over
    [InlineData("Therefore, in the NSR problems, BHT-BP has advantages over CS-BP which is an existing nBP algorithm.", "CS-BP")] // 1501.04451
    [InlineData("The experiment results demonstrate the advantages of DL-SPFI over the original SPF basis.", "SPF")] // 1307.0776
    [InlineData("The proposed PSML alg. has significant advantage over Wedgelets Transform in PSNR value and visual quality.", "Wedgelets Transform")] // 1601.02225
    [InlineData("We present the Edge Confidence technique, a modification and improvement over the popular Similarity Flooding technique.", "Similarity Flooding")] // 1304.5566
    [InlineData("The simulation results showed that the CL paradigm outperforms the IL paradigm.", "CL")] // 1303.2789: the technique's noun between
    [InlineData("Specifically, our two new learning algorithms have considerably smaller computational demands than RMAX and MBIE.", "RMAX")] // 1206.6870: a smaller cost
    [InlineData("We show that RSI is more robust than LRR when the corruption in data is heavy.", "LRR")] // 1107.1561
    [InlineData("We show that under large transmit powers, AF is a better choice than DF from the perspective of secrecy.", "DF")] // 1505.02992
    public void ShortFormsAndCapitalisedPhrasesAComparisonNamesAreTechniques(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Contains(r.Entities, e => e.Name == name && e.Type == EntityType.Method);
    }

    [Theory]
    [InlineData("The networks possess non-trivial topologies as compared to Erdos-Renyi networks.", "Erdos-Renyi")] // a kind of graph
    [InlineData("Our parser is better than Stanford Parser models trained on news text.", "Stanford Parser")] // what follows is the thing
    [InlineData("In Experiments Partially Matched Crossover outperforms the others.", "In Experiments Partially Matched Crossover")] // sentence case opens with a capital
    [InlineData("Compared to the previous bound, GT and its variants have a much lower cost.", "GT")] // what opens a coordination is no single name
    [InlineData("Our design significantly outperforms the RSS-based method in terms of accuracy.", "RSS-based")] // a name with a lower-case tail
    [InlineData("Our model outperforms the LoRA-finetuned model by up to 1.26% in accuracy.", "LoRA-finetuned")]
    [InlineData("The system is compared with the quantum system Hamiltonian of the earlier study.", "Hamiltonian")] // a word after the noun, not a name
    [InlineData("It handles larger problems than the existing state-of-the-art methods Chaudhuri et al. proposed.", "Chaudhuri")]
    [InlineData("First we give three improvements over the Gilbert-Varshamov bounds on the code size.", "Gilbert-Varshamov")] // a bound, not a technique
    [InlineData("This shows that FTFP is strictly better approximable than FTFL under standard assumptions.", "FTFL")] // 1311.6615: problems, not techniques
    [InlineData("For proportional fairness, we found that SF networks are more unequal than ER graphs.", "ER")] // a kind of graph
    public void CapitalisedPhrasesOutsideAComparisonsSlotAreNoTechniques(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("Affinity propagation clustering (AP) has two limitations. The adaptive AP can outperform AP in quality of clustering results.", "AP", "affinity propagation")]
    [InlineData("We run the Differential Evolution algorithm (DE) on each problem.", "DE", "differential evolution")]
    public void LettersThatLeaveOutTheHeadNounNameTheKnownTechnique(string text, string shortForm, string name)
    {
        var r = EntityTestKit.Recognize(text);

        var e = Assert.Single(r.Entities, e => e.Name == shortForm);
        Assert.Equal(EntityType.Method, e.Type);
        Assert.Equal(EntityKey.For(EntityType.Method, name), e.Key);
    }

    [Fact]
    public void AHeadNounsLetterKeepsTheNameApart()
    {
        // BOA, the Bayesian optimization algorithm of estimation-of-distribution work, is not Bayesian optimization.
        var r = EntityTestKit.Recognize("We compare the Bayesian Optimization Algorithm (BOA) with simple genetic algorithms.");
        Assert.DoesNotContain(r.Entities, e => e.Key == EntityKey.For(EntityType.Method, "Bayesian optimization"));
    }

    [Theory]
    [InlineData("Our kernels run faster than GPU implementations of the same method.")]
    [InlineData("The method is better than SOTA on two benchmarks and faster than CNN baselines.")]
    [InlineData("We find that word embeddings lead to improvements over OOV words and out of domain.")] // 1504.05319: a noun follows
    [InlineData("This is a 26% relative improvement over the ILSVRC 2014 winner.")] // 1502.01852
    [InlineData("We present an algorithm, thereby obtaining a significant improvement over MV80.")] // 1107.2482: a citation key
    public void ComparedGenericShortFormsAreNoEntities(string text)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Entities, e => e.Name is "GPU" or "SOTA" or "CNN" or "OOV" or "ILSVRC" or "MV80");
    }
}
