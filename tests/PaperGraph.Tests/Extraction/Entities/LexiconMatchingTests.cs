using PaperGraph.Domain;
using PaperGraph.Extraction.Entities;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class LexiconMatchingTests
{
    [Theory]
    [InlineData("Pruning scores are computed on the C4 dataset.", "C4", EntityType.Dataset)]
    [InlineData("AdaSDCA achieves provably better complexity bound than SDCA with the best fixed probability distribution.", "SDCA", EntityType.Method)] // ninth classic pass
    [InlineData("We show that our model performs better than infinite Gaussian mixture models at recovering the true number of clusters.", "infinite Gaussian mixture model", EntityType.Method)] // tenth classic pass
    [InlineData("Our proposed algorithm achieves superior performance to the classical U-tree algorithm.", "U-tree", EntityType.Method)]
    [InlineData("The preliminary results reveal the SVM significantly outperforms Naive Bayes and IBK at 95% confidence level.", "IBk", EntityType.Method)]
    [InlineData("We demonstrate that the scale-free cubic RBF kernel performs better than the Gaussian kernel.", "Gaussian kernel", EntityType.Method)]
    [InlineData("Recent results have shown that approximate message passing outperforms group LASSO for large block sizes.", "group lasso", EntityType.Method)]
    [InlineData("We report accuracy on MMLU, ARC-c and PIQA.", "MMLU", EntityType.Dataset)]
    [InlineData("We report accuracy on MMLU, ARC-c and PIQA.", "ARC-c", EntityType.Dataset)]
    [InlineData("We report accuracy on MMLU, ARC-c and PIQA.", "accuracy", EntityType.Metric)]
    [InlineData("Wanda and SparseGPT prune LLMs in one shot.", "SparseGPT", EntityType.Method)]
    [InlineData("We fine-tune with LoRA and QLoRA.", "QLoRA", EntityType.Method)]
    [InlineData("Results on WikiText-2 are reported in perplexity.", "WikiText-2", EntityType.Dataset)]
    [InlineData("Results on WikiText-2 are reported in perplexity.", "perplexity", EntityType.Metric)]
    [InlineData("We study machine translation and speech recognition.", "machine translation", EntityType.Task)]
    [InlineData("Standard magnitude pruning removes small weights.", "magnitude pruning", EntityType.Method)]
    [InlineData("Our models surpass state-of-the-art models including EfficientNets and Once-for-All networks.", "EfficientNets", EntityType.Model)]
    [InlineData("Deep ResNets are hard to train.", "ResNets", EntityType.Model)]
    [InlineData("Using YOLOv8x-pose as our strongest baseline, which in our tasks outperforms YOLO11x, we train a detector.", "YOLO11x", EntityType.Model)]
    [InlineData("Using YOLOv8x-pose as our strongest baseline, which in our tasks outperforms YOLO11x-pose, we train a detector.", "YOLOv8x-pose", EntityType.Model)] // a model's variant after its version
    [InlineData("Using YOLOv8x-pose as our strongest baseline, which in our tasks outperforms YOLO11x-pose, we train a detector.", "YOLO11x-pose", EntityType.Model)]
    [InlineData("We fine-tune DINOv3 and DenseNet121 on chest radiographs.", "DenseNet121", EntityType.Model)]
    [InlineData("Empirically, we show that our models strongly outperform U-Nets across multiple medical image datasets.", "U-Nets", EntityType.Model)]
    [InlineData("We show that in this context it outperforms DDPMs both in quality and robustness.", "DDPMs", EntityType.Method)]
    [InlineData("Hidden Markov Models are a popular tool for modeling sequential data.", "Hidden Markov Models", EntityType.Method)]
    [InlineData("Our results show that module networks generalize better than Bayesian networks.", "Bayesian network", EntityType.Method)] // several plain words in the plural
    [InlineData("Results show that memetic algorithm performs better than genetic algorithms and simulated annealing.", "memetic algorithm", EntityType.Method)]
    [InlineData("We further compared the variational inference to the Gibbs sampler on the same model.", "Gibbs sampler", EntityType.Method)]
    [InlineData("In particular, the Kalman-like version of NoBackTrack is superior to backpropagation through time (BPTT).", "backpropagation through time", EntityType.Method)]
    [InlineData("Moreover, the optimally-weighted bilateral filter is competitive with the computation-intensive non-local means filter.", "non-local means filter", EntityType.Method)]
    [InlineData("After comparing the time cost, Niblack's method is performing better than Sauvola's.", "Niblack's method", EntityType.Method)]
    [InlineData("We test RFNs as pretraining technique for deep networks, where RFNs were superior to RBMs and autoencoders.", "RBMs", EntityType.Method)]
    [InlineData("The graphical EM algorithm can significantly outperform the Inside-Outside algorithm.", "Inside-Outside algorithm", EntityType.Method)]
    [InlineData("Experiments run on six data sets show that iTALS is on par with factorization machines in terms of recall.", "factorization machines", EntityType.Method)] // eleventh classic pass
    [InlineData("We find that Theta-IPOD is much faster than iteratively reweighted least squares for large data.", "iteratively reweighted least squares", EntityType.Method)]
    [InlineData("Channel-out networks have more expressive power than that of maxout networks.", "maxout networks", EntityType.Method)]
    [InlineData("We pretrain the encoder as a masked autoencoder (MAE) on unlabeled scans.", "masked autoencoder", EntityType.Method)]
    [InlineData("Our two new learning algorithms have considerably smaller computational demands than RMAX and MBIE.", "MBIE", EntityType.Method)] // twelfth classic pass
    [InlineData("Matching with the Hessian-Affine or MSER detectors outperforms the state-of-the-art ASIFT.", "ASIFT", EntityType.Method)]
    [InlineData("The extraction time of our feature is comparable to the fastest binary descriptors such as BRIEF and ORB.", "BRIEF", EntityType.Method)]
    [InlineData("The proposed model outperforms the conventional Siamese network on barely-readable text.", "Siamese network", EntityType.Method)]
    [InlineData("We answer questions over Freebase with a single relation.", "Freebase", EntityType.Dataset)]
    [InlineData("Recognition rates on the FERET database reach 99.78%.", "FERET database", EntityType.Dataset)] // 2007–16 benchmarks
    [InlineData("Experiments on the Switchboard corpus show a 10% relative reduction in word error rate.", "Switchboard corpus", EntityType.Dataset)]
    [InlineData("We evaluate on the Middlebury benchmark and on KITTI.", "Middlebury benchmark", EntityType.Dataset)]
    [InlineData("We show that our method is significantly faster than the widely used graphical lasso method.", "graphical lasso", EntityType.Method)] // thirteenth classic pass
    [InlineData("Doublet-SVM achieves competitive accuracies with metric learning methods such as ITML and LMNN.", "LMNN", EntityType.Method)]
    [InlineData("The detector uses the Gauss-Seidel method to avoid the matrix inversion.", "Gauss-Seidel method", EntityType.Method)]
    [InlineData("We show that it outperforms traditional binary relevance feedback in terms of search speed.", "relevance feedback", EntityType.Method)] // fourteenth classic pass
    [InlineData("Regret bounds are derived for Follow the Perturbed Leader and online gradient descent.", "online gradient descent", EntityType.Method)]
    [InlineData("Our proposed algorithm has lower complexity than the existing weighted minimum mean square error (WMMSE) algorithm.", "WMMSE", EntityType.Method)] // letters an expansion makes a measure, called an algorithm
    [InlineData("Benjamini and Hochberg introduced the false discovery rate (FDR) criterion, and our procedures control FDR online.", "FDR", EntityType.Metric)]
    [InlineData("Naive Bayesian classifier is more accurate and better than the C4.5 DTC.", "Naive Bayesian classifier", EntityType.Method)]
    [InlineData("The LM-CMA outperforms the original CMA-ES and its large scale versions.", "CMA-ES", EntityType.Method)]
    [InlineData("EDML exhibits interesting behaviors, especially when compared to EM.", "EM", EntityType.Method)]
    [InlineData("Our reader improves EM and F1 on SQuAD by 3 points.", "EM", EntityType.Metric)]
    [InlineData("To show superiority of the IMP algorithm, we compare it with the closely related expectation-maximization (EM) based algorithm.", "EM", EntityType.Method)]
    [InlineData("Our detector improves AP on COCO by 2 points over the baseline.", "AP", EntityType.Metric)]
    [InlineData("When the graph of interest is coded as an adjacency list, our algorithm can be shown to be more efficient than an iterative use of Dijkstra's algorithm.", "Dijkstra's algorithm", EntityType.Method)]
    [InlineData("The segmentation is compared with Otsu's method on 40 images.", "Otsu's method", EntityType.Method)]
    [InlineData("The algorithm, also known as Thompson Sampling, offers significant advantages over the popular upper confidence bound (UCB) approach.", "Thompson Sampling", EntityType.Method)]
    [InlineData("In terms of query execution, we demonstrate that HAIL runs up to 68x faster than Hadoop.", "Hadoop", EntityType.Method)]
    [InlineData("Simulations are provided to demonstrate the performance of the proposed algorithms, as compared with two baseline algorithms MOD and K-SVD.", "K-SVD", EntityType.Method)]
    [InlineData("We analyze the Minimum Description Length (MDL) principle and the Minimum Message Length (MML) principle.", "MML", EntityType.Method)]
    [InlineData("The results obtained thereafter gives idea that SPEA 2 is better than NSGA II.", "SPEA 2", EntityType.Method)]
    [InlineData("By introducing L1/2 regularization, our approach can produce sparser representation compared to regularized Sparse Representation based Classification (SRC).", "SRC", EntityType.Method)]
    [InlineData("Our method achieves speedups over both Apriori and FP-growth on dense instances.", "FP-growth", EntityType.Method)]
    [InlineData("It gets better energy values than alpha-expansion and is competitive with TRW-S.", "alpha-expansion", EntityType.Method)]
    [InlineData("It gets better energy values than alpha-expansion and is competitive with TRW-S.", "TRW-S", EntityType.Method)]
    [InlineData("It outperforms all other detection methods, including DPM and R-CNN, by a wide margin.", "DPM", EntityType.Method)] // not the dataset a list knows by the letters
    [InlineData("Our simulations show that RS codes outperform both dedicated and rate-adaptive LDPC codes.", "LDPC", EntityType.Method)]
    [InlineData("The classical methods used for time series prediction like Box-Jenkins or ARIMA assume a linear relationship.", "Box-Jenkins", EntityType.Method)]
    [InlineData("The classical methods used for time series prediction like Box-Jenkins or ARIMA assume a linear relationship.", "ARIMA", EntityType.Method)]
    [InlineData("We evaluate the ability of collaborative representation classification (CRC) on face data.", "CRC", EntityType.Method)] // stoplisted letters a technique redefines
    [InlineData("Compared to Sparse Representation Classification (SRC), CRC is faster.", "SRC", EntityType.Method)]
    public void KnownNamesAreFoundWithTheirType(string text, string name, EntityType type)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, type);
    }

    [Fact]
    public void AProductSignInsideANameIsTheNamesOwnSpelling()
    {
        var r = EntityTestKit.Recognize("LIT-based methods demonstrated very strong performances compared to classic TF*IDF and BM25.");

        var e = Assert.Single(r.Entities, e => e.Name == "TF*IDF");
        Assert.Equal(EntityKey.For(EntityType.Method, "TF-IDF"), e.Key);
    }

    [Theory]
    [InlineData("We trained for 4 epochs with batch size 4.", "C4")]
    [InlineData("The agent moves along an arc of the circle.", "ARC")]
    [InlineData("There is much left to do in this area.", "TODO")]
    [InlineData("Results in accuracy improve steadily.", "inaccuracy")]
    [InlineData("We make Efficient LLM serving cheaper.", "EfficientLLM")]
    [InlineData("Most LLMs and CNNs are trained with Adam.", "LLM")]
    [InlineData("Most LLMs and CNNs are trained with Adam.", "CNNs")]
    [InlineData("Each AP serves the stations of a WLAN through an uplink scheduler.", "AP")]
    [InlineData("We study the hardness of conjugacy of subshifts of finite type (SFTs) in dimension two.", "SFTs")]
    [InlineData("Compiling Bayesian networks to junction trees, we test LEDs from several applications.", "LEDs")]
    [InlineData("We show that our method consistently outperforms hidden conditional random fields (HCRFs) on real data.", "conditional random field")] // a plural phrase the text defines
    [InlineData("The degree distribution follows the Barabasi-Albert model on MIT reality mining graphs.", "Albert")] // ALBERT is written in capitals
    [InlineData("The degree distribution follows the Barabasi-Albert model on MIT reality mining graphs.", "MIT")] // an institution, not a dataset
    [InlineData("Each DNS query generated by a user reveals its interests to the resolver.", "DNS")] // the Internet's name system
    [InlineData("The system is built on the so-called MEAN stack, a modern replacement for LAMP.", "MEAN")]
    [InlineData("The matching error is solved by the spectral graph embedding of Yan et al. (2007).", "Yan et al")] // a citation, not a dataset
    [InlineData("While egocentric cameras like GoPro are gaining popularity, the videos they capture are long.", "GoPro")]
    [InlineData("The results obtained from a Convolutional Neural Network (CNN) or a Fully Connected Neural Network (FNN) surpass a Rich Model.", "FNN")] // a generic class
    [InlineData("The local features are the input to the multilayer neural network (MLN).", "MLN")]
    [InlineData("The feature map Phi sends each point to a Hilbert space.", "Phi")] // "$\\Phi$", not the Phi models
    [InlineData("We run it on AMD GPUs and a CCD camera for CAD systems.", "AMD")]
    [InlineData("We run it on AMD GPUs and a CCD camera for CAD systems.", "CCD")]
    [InlineData("We show that a search algorithm which identifies decompositions is more robust than a simple genetic algorithm.", "a search")] // cs/0502021: "A* search" without its star
    [InlineData("Making the road by searching - A search engine based on swarm information foraging.", "A search")] // 0911.3979
    [InlineData("Information Dispersal Algorithms (IDAs) have been widely applied to reliable storage.", "IDAs")] // 1206.4123: not IDA*
    public void WordsThatOnlyLookLikeNamesAreNotMatched(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Null(r.Find(name));
    }

    [Theory]
    [InlineData("We pretrain GaLoreX on text and compare GaLoreX with LoRA.", "GaLoreX", true)]
    [InlineData("We compare GPT-type decoders with L2-based losses and count GPU-hours.", "GPT-type", false)]
    [InlineData("We compare GPT-type decoders with L2-based losses and count GPU-hours.", "L2-based", false)]
    [InlineData("We compare GPT-type decoders with L2-based losses and count GPU-hours.", "GPU-hours", false)]
    [InlineData("We show that ANTONI-$\\alpha$ outperforms MedGemma on WSI-level VQA tasks.", "ANTONI-alpha", true)]
    [InlineData("Such features are computed by local finite-differences [Crow1984,Heckbert1986,Viola2001]. By generalizing them we propose BoxNet.", "Heckbert1986", false)]
    [InlineData("We compare with CVM Tsang05 and LASVM Bordes05 on large data.", "Bordes05", false)]
    [InlineData("We have recently introduced ``Sufficient Dimensionality Reduction' [GT-2003], a method that extracts features.", "GT-2003", false)]
    [InlineData("We compare SSD with DETR on COCO2017 and report mAP.", "COCO2017", true)]
    [InlineData("Results show that the Mexican hat wavelet function is better than Bior1.3 and Db10.", "Bior1.3", true)] // a version after the dot
    [InlineData("Results show that the Mexican hat wavelet function is better than Bior1.3 and Db10.", "Bior1", false)]
    [InlineData("We compare our proposed architecture with the fully convolutional network (FCN) architecture and its variants.", "FCN", true)] // one network, not the class
    public void NameShapedWordsAreNamesUnlessTheyAreModifiersPluralsOrCitationKeys(string text, string name, bool isEntity)
    {
        AssertFound(text, name, isEntity);
    }

    // Letters only Papers with Code's list of datasets knows (CSI, SODA, SSC, LFW, ORL, JAFFE, LCSTS) are a dataset where the
    // abstract or the title speaks of them as data; elsewhere they mean something else and are left to the other rules.
    [Theory]
    [InlineData("The proposed designs are robust in the presence of CSI uncertainty.", null, "CSI", null)]
    [InlineData("This bound was shown tight by Agarwal et al. in SODA'05 for all metrics.", null, "SODA", null)]
    [InlineData("Experiments show that OSC outperforms LRR and SSC.", null, "SSC", EntityType.Method)]
    [InlineData("Face verification reaches 99% on the LFW benchmark.", null, "LFW", EntityType.Dataset)]
    [InlineData("Experimental results employing ORL, UMIST, JAFFE, and HAJJ datasets confirm these properties.", null, "ORL", EntityType.Dataset)]
    [InlineData("Experimental results employing ORL, UMIST, JAFFE, and HAJJ datasets confirm these properties.", null, "JAFFE", EntityType.Dataset)]
    [InlineData("We show extensive results on combining various popular databases (LFW, AFLW, LFPW, HELEN) for cross-dataset evaluation.", null, "LFW", EntityType.Dataset)]
    [InlineData("We conduct experiments on FRGC and LFW. Results show that the approach outperforms the others.", null, "LFW", EntityType.Dataset)]
    [InlineData("We release LCSTS, built from a Chinese microblogging website, with manual annotations for evaluation.", "LCSTS: A Large Scale Chinese Short Text Summarization Dataset", "LCSTS", EntityType.Dataset)]
    [InlineData("The new scheme performs as well as far more complex queue management schemes like CoDel and PIE.", null, "PIE", EntityType.Method)]
    [InlineData("We introduce SALSA, a new method for additive regression, and compare it on 16 real datasets.", null, "SALSA", EntityType.Method)]
    [InlineData("It is compared against Reverse Sequence Mutation (RSM) and Partial Shuffle Mutation (PSM). The new mutation operator is better than the RSM and PSM.", null, "PSM", EntityType.Method)] // 1203.5028: spelled out, never data
    [InlineData("It is compared against Reverse Sequence Mutation (RSM) and Partial Shuffle Mutation (PSM). The new mutation operator is better than the RSM and PSM.", null, "Partial Shuffle", null)] // no list's name inside the expansion
    [InlineData("We study the problem in the static Power Save Mode (PSM) of 802.11 and show that PSM performs better than CAM for this case.", null, "PSM", EntityType.Method)] // 0909.3717
    [InlineData("We use facial images from Labeled Faces in the Wild (LFW) to train the verifier.", null, "LFW", EntityType.Dataset)] // a dataset the core knows by name
    [InlineData("We analyse gene expression data in The Cancer Genome Atlas (TCGA) for ovarian cancer.", null, "TCGA", EntityType.Dataset)]
    public void LettersADatasetListKnowsAreADatasetWhereTheTextSpeaksOfData(string text, string? title, string name, EntityType? type)
    {
        var r = EntityTestKit.Recognize(text, title);

        Assert.Equal(type, r.Find(name)?.Type);
    }

    [Theory]
    [InlineData("We find that GQ* outperforms both FiConn and DPillar.", "GQ*", true)]
    [InlineData("Hash-Distributed A* (HDA*) is a simple approach to parallel best-first search.", "HDA*", true)]
    [InlineData("The results show the new D*-PO outperforms the traditional A* and D* algorithms.", "D*-PO", true)]
    [InlineData("The results show the new D*-PO outperforms the traditional A* and D* algorithms.", "A*", true)]
    [InlineData("Let A be a finite alphabet and let L contained in (A*)^n be a language over A.", "A*", false)]
    [InlineData("A language L is closed if L = L*. We consider an operation on closed languages.", "L*", false)]
    [InlineData("This improves on the previously known O*(2^n) bound.", "O*", false)]
    public void AStarredNameIsAnAlgorithmOfItsOwn(string text, string name, bool isEntity)
    {
        AssertFound(text, name, isEntity);
    }

    [Theory]
    [InlineData("We give an FPT algorithm and a polynomial kernel of size O(k^4) for Block Graph Vertex Deletion.", "polynomial kernel", false)] // 1510.08154: kernelization
    [InlineData("We compare an SVM with a polynomial kernel and one with an RBF kernel on the UCI data.", "polynomial kernel", true)]
    [InlineData("We derive the capacity scaling law of wireless ad hoc networks with n nodes.", "scaling law", false)] // a network's capacity
    [InlineData("We study the scaling law of large language models trained on repeated data.", "scaling law", true)]
    [InlineData("We obtain a polynomial time OPT + O(log^2 OPT) approximation for Bin Packing.", "OPT", false)] // 1104.4597: the optimum
    [InlineData("We fine-tune OPT and LLaMA language models on the new corpus.", "OPT", true)]
    [InlineData("The Maximum Stable Set Lemma is due to Claude Berge.", "Claude", false)] // 1101.4564: a person
    [InlineData("A graph is C_4-dominated when every cycle of length four has a dominating vertex.", "C4", false)] // 1103.1917
    [InlineData("On Temporal Regularity in Social Interactions: predicting mobile phone calls from past behaviour.", "Social Interactions", false)] // 1512.08061: a HELM benchmark's name
    [InlineData("We evaluate the language models on the Social Interactions subset of the benchmark.", "Social Interactions", true)]
    [InlineData("We study one-bit compressed sensing, where only the signs of the measurements are kept.", "OneBit", false)] // an LLM-compression list's method
    [InlineData("OneBit quantizes the weights of large language models to one bit.", "OneBit", true)]
    public void ANameKeepsOnlyTheSenseTheAbstractSpeaksOf(string text, string name, bool isEntity)
    {
        AssertFound(text, name, isEntity);
    }

    [Theory]
    [InlineData("We use stochastic gradient descent (SGD). In our DNN example, oddball SGD trains some 50x faster than regular SGD.", "oddball SGD", true)]
    [InlineData("We use affinity propagation (AP). Results show that the adaptive AP is effective and can outperform AP in quality of clustering results.", "adaptive AP", true)]
    [InlineData("This paper finds that kernel partial least squares, a nonlinear partial least squares (PLS) algorithm, outperforms PLS.", "nonlinear partial least squares", false)]
    [InlineData("We use the MDM algorithm (MDM). Numerical results show that the GCAMP based MDM outperforms the Modified TA based MDM.", "based MDM", false)]
    [InlineData("We use stochastic gradient descent (SGD). Results show that oddball SGD is robust, and regular SGD converges.", "oddball SGD", false)]
    [InlineData("We modify the SPLICE algorithm (SPLICE). The modified SPLICE shows 8.6% absolute improvement over SPLICE in Test C of Aurora-2.", "modified SPLICE", true)]
    [InlineData("We apply dropout to deep networks. On CIFAR-100 the evolutional dropout achieves relative improvements over 10% on the prediction performance compared to the standard dropout.", "evolutional dropout", true)] // the cue nearest the base
    public void AModifiedNameSetAgainstItselfIsAVariant(string text, string name, bool isEntity)
    {
        AssertFound(text, name, isEntity);
    }

    [Theory]
    [InlineData("Canonical correlation analysis (CCA) finds correlated variables in multi-view data. Our NCCA algorithm is memory-efficient and performs better than kernel CCA and comparable to deep CCA.", "kernel CCA", true)] // 1511.04839
    [InlineData("We show that local NBNN outperforms all previous NBNN based methods and the original spatial pyramid model.", "local NBNN", true)] // 1112.0059
    [InlineData("We tested D-PRISM with logistic regression, a linear-chain CRF and a CRF-CFG.", "linear-chain CRF", true)] // 1410.3935
    [InlineData("The score was comparable to that of a second-order HMM.", "second-order HMM", true)] // 1011.2575
    [InlineData("Experimental results show that the fuzzy MCM classifier outperforms SVMs and the conventional MCM.", "fuzzy MCM", true)] // 1501.02432
    [InlineData("Empirical results suggest that SLL is competitive when compared to the constraint-based HITON algorithm.", "constraint-based HITON", false)] // 1210.4888: "-based" describes
    [InlineData("We found that the standard SVM and the deep CNN perform alike.", "standard SVM", false)] // a word for the usual one
    [InlineData("We found that the standard SVM and the efficient SVM perform alike.", "efficient SVM", false)] // a description
    [InlineData("In this paper, we propose a hybrid BP-SC decoding scheme. It leads to 0.2dB gain over the BP algorithm.", "hybrid BP-SC", false)] // 1411.7286: the paper names its own
    [InlineData("We propose the novel parametric SURE-AMP algorithm. It runs 20 times faster than the EM-GM-GAMP algorithm.", "parametric SURE-AMP", false)] // 1409.0440
    [InlineData("We compare against a deep VGG-16 network and find it slower than ours.", "deep VGG-16", false)] // "deep" describes
    [InlineData("In comparison to a localized PCA model, our model better handles variation in expression.", "localized PCA", true)] // 1401.2818
    [InlineData("The performance of the modified PSO is compared with other optimization methods including line search, conventional PSO and Genetic Algorithms.", "modified PSO", true)] // 1302.7080
    public void ATechniqueWordBeforeAKnownNameMakesAVariant(string text, string name, bool isEntity)
    {
        AssertFound(text, name, isEntity);
    }

    [Fact]
    public void AStarredNameIsNotTheNameWithoutItsStar()
    {
        var r = EntityTestKit.Recognize("On these problems, BIT* finds better solutions faster than RRT and RRT*.");

        r.AssertNamed("RRT", EntityType.Method);
        r.AssertNamed("RRT*", EntityType.Method);
        Assert.NotEqual(EntityKey.Normalize("RRT"), EntityKey.Normalize("RRT*"));
    }

    [Theory]
    [InlineData("We explore the scalability of LocFaults, our error localization approach exploiting paths.", "LocFaults", EntityType.Method)]
    [InlineData("Torch7, a recently introduced machine learning library, is fast.", "Torch7", EntityType.Method)]
    [InlineData("We present FooNet. It reduces error. FooNet outperforms BugTool on all programs.", "BugTool", EntityType.Method)]
    [InlineData("Our experiments use CodeNet, a large code dataset.", "CodeNet", EntityType.Dataset)]
    [InlineData("For binary classification, LogitBoost is often outperformed by newer methods.", "LogitBoost", EntityType.Method)]
    [InlineData("The proposed metaheuristic algorithm has outperformed C-Linkage algorithm in most instances.", "C-Linkage", EntityType.Method)] // one capital, a hyphen, a word
    public void ANameShapedWordIsTypedByTheHeadOfItsOwnNounPhrase(string text, string name, EntityType type)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, type);
    }

    [Fact]
    public void APluralAcronymIsAMentionOfTheDefinedOne()
    {
        var r = EntityTestKit.Recognize("We introduce Inference-Time Decomposition of Activations (ITDA), a method. ITDAs are cheap.");

        var e = r.Find("ITDA");
        Assert.NotNull(e);
        Assert.Equal(3, e.Mentions);
        Assert.Equal(e.Key, r.Find("ITDAs")!.Key);
        Assert.Single(r.Entities, x => x.Type == EntityType.Method);
    }

    [Fact]
    public void CaseSensitiveShortFormsMatchOnlyAsWritten()
    {
        var upper = EntityTestKit.Recognize("TODO consistently outperforms DPO.");
        var lower = EntityTestKit.Recognize("We list what remains to do and outperform DPO.");

        Assert.NotNull(upper.Find("DPO"));
        Assert.NotNull(lower.Find("DPO"));
        Assert.Null(lower.Find("TODO"));
    }

    [Fact]
    public void TheLongestMatchWins()
    {
        var r = EntityTestKit.Recognize("We measure top-1 accuracy on ImageNet.");

        Assert.True(r.HasNamed("top-1 accuracy", EntityType.Metric));
        Assert.Null(r.Find("accuracy"));
        var mention = Assert.Single(r.Mentions, m => m.Type == EntityType.Metric);
        Assert.Equal("top-1 accuracy", mention.Surface);
        Assert.Equal("top-1 accuracy", r.Text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void NameCasedVariantsOfLongNamesMatch()
    {
        var r = EntityTestKit.Recognize("We show results on both LLama and Gemma model families.");

        Assert.True(r.HasNamed("LLama", EntityType.Model));
    }

    [Theory]
    [InlineData("Large language models (LLMs) are strong; our method beats baselines.")]
    [InlineData("The Transformer architecture and its vision transformers variants dominate.")]
    [InlineData("We improve performance and efficiency and reduce memory footprint and training time.")]
    [InlineData("Deep learning and natural language processing need a large learning rate.")]
    public void GenericPhrasesAreNeverEntities(string text)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Empty(r.Entities);
        Assert.Empty(r.Mentions);
    }

    [Fact]
    public void MentionsIndexIntoTheCleanedAbstract()
    {
        var r = EntityTestKit.Recognize("We evaluate on \\textbf{MMLU} and\nGSM8K.");

        Assert.All(r.Mentions, m => Assert.Equal(m.Surface, r.Text.Substring(m.Start, m.Length)));
        Assert.Contains(r.Mentions, m => m.Surface == "MMLU" && m.Origin.StartsWith("lexicon", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryEntityFromTheLexiconSaysSo()
    {
        var r = EntityTestKit.Recognize("We fine-tune with LoRA.");

        Assert.StartsWith("lexicon", r.Find("LoRA")!.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedLexiconHoldsEveryNameOfTheHandWrittenCore()
    {
        // lexicon.tsv is generated from tools/lexicon/core.tsv by tools/lexicon/build_lexicon.py: a row added to the core
        // and not rebuilt would silently never match. A form two core rows share is settled by the build (first wins).
        var rows = File.ReadLines(Path.Combine(TestPaths.RepoRoot(), "tools", "lexicon", "core.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();
        var shared = rows.SelectMany(r => FormsOf(r).Select(f => f.ToLowerInvariant()).Distinct()).GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var shipped = Lexicon.Default.Entries
            .SelectMany(e => new[] { e.Name }.Concat(e.Aliases).Select(f => (Form: f.ToLowerInvariant(), e.Type)))
            .ToHashSet();

        Assert.True(rows.Count > 1000, $"core.tsv has only {rows.Count} rows");
        var missing = rows
            .Where(r => !shared.Contains(r[0].ToLowerInvariant()))
            .Where(r => !shipped.Contains((r[0].ToLowerInvariant(), Enum.Parse<EntityType>(r[1]))))
            .Select(r => $"{r[0]} ({r[1]})")
            .ToList();
        Assert.True(missing.Count == 0, "core.tsv rows missing from lexicon.tsv (run python3 tools/lexicon/build_lexicon.py): " + string.Join(", ", missing));
    }

    private static IEnumerable<string> FormsOf(string[] row) =>
        row.Length > 2 && row[2].Length > 0 ? row[2].Split('|').Prepend(row[0]) : [row[0]];

    private static void AssertFound(string text, string name, bool isEntity)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Equal(isEntity, r.Find(name) is not null);
    }
}
