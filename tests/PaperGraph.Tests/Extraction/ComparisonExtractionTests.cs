using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class ComparisonExtractionTests
{
    private static readonly IPaperExtractor Extractor = DefaultExtractor.Create();

    private static IReadOnlyList<Comparison> Claims(string text) =>
        Extractor.Extract(new Paper("t", null, text, [], null, [], null, null, new SourceLocation("t", 1, 1))).Comparisons;

    private static string Show(Comparison c) => $"{c.Subject} {c.Outcome.ToString().ToLowerInvariant()} {c.Object}";

    [Theory]
    [InlineData("To address this, we propose Mask-Enhanced Autoregressive Prediction (MEAP), a simple training paradigm. Intensive experiments demonstrate that MEAP substantially outperforms NTP on key information retrieval tasks.", "MEAP outperforms NTP")]
    [InlineData("Extensive experiments with various model sizes from 70M to 7B demonstrate that Mix-LN consistently outperforms both Pre-LN and Post-LN.", "Mix-LN outperforms Pre-LN|Mix-LN outperforms Post-LN")]
    [InlineData("We introduce GaLore, a training strategy that is more memory-efficient than common low-rank adaptation methods such as LoRA.", "GaLore outperforms LoRA")]
    [InlineData("In our experiments, SparseGPT is outperformed by Wanda on LLaMA-7B.", "Wanda outperforms SparseGPT")]
    [InlineData("We find that QLoRA lags behind LoRA in accuracy.", "LoRA outperforms QLoRA")]
    [InlineData("We show that DoRA achieves comparable performance to LoRA on commonsense reasoning.", "DoRA comparable LoRA")]
    [InlineData("We compare AdamW with Adafactor on the C4 dataset.", "AdamW compared Adafactor")]
    [InlineData("Through a series of experiments we see that SVM and CART perform similarly.", "SVM comparable CART")]
    [InlineData("The results show that LoRA and DoRA produce comparable quality while the quality of full fine-tuning is much higher.", "LoRA comparable DoRA")]
    [InlineData("We propose BDL, a boosting method. Our approach achieves 15.85% and 3.81% reduction in the average miss rate compared with SVM and CART.", "BDL outperforms SVM|BDL outperforms CART")]
    [InlineData("For bounded rewards, the KL-UCB algorithm satisfies a better regret bound. Our experiments show that KL-UCB outperforms the basic SIR-PF algorithm.", "KL-UCB outperforms SIR-PF")]
    [InlineData("We apply three evolutionary algorithms, namely Particle Swarm Optimization (PSO), Artificial Bee Colony (ABC) and Bacterial Foraging Optimization (BFO). ABC converges faster than PSO.", "ABC outperforms PSO")]
    [InlineData("We propose a probabilistic non-local means (PNLM) method. Our results indicate the PNLM outperforms the classic NLM in terms of PSNR.", "PNLM outperforms NLM")]
    [InlineData("The Latent Conditional Random Fields (L-CRF) framework encodes dynamics. We propose the variable-state L-CRF (VSL-CRF) model. The proposed model achieves better performance compared to traditional L-CRFs.", "VSL-CRF outperforms L-CRF")]
    [InlineData("We compare the results of GFAN to the others classifiers. The results demonstrate FAN outperforms than GFAN and TAN in accuracy.", "FAN outperforms GFAN|FAN outperforms TAN")]
    [InlineData("On these problems, BIT* finds better solutions faster than RRT and RRT* with faster anytime convergence.", "BIT* outperforms RRT|BIT* outperforms RRT*")]
    [InlineData("The results show the new, Pareto optimal D*-PO outperforms the traditional A* and D* algorithms for MOO path planning.", "D*-PO outperforms A*|D*-PO outperforms D*")]
    [InlineData("We present Lower Bound Tree-RRT (LBT-RRT), a sampling-based algorithm. We show that the algorithm produces high-quality solutions (comparable to RRG and RRT*) with little running-time overhead when compared to RRT.", "LBT-RRT compared RRT")]
    [InlineData("We use stochastic gradient descent (SGD). In our DNN example, oddball SGD trains some 50x faster than regular SGD.", "oddball SGD outperforms SGD")]
    [InlineData("We study multilayer bootstrap networks (MBN). Our initial result on MNIST showed that compressive MBN not only maintains the high prediction accuracy of MBN but also is over thousands of times faster than MBN at the prediction stage.", "compressive MBN outperforms MBN")]
    [InlineData("We extend the successive projection algorithm (SPA). The new preconditioned SPA is provably more robust to noise, and outperforms SPA on several synthetic data sets.", "preconditioned SPA outperforms SPA")]
    [InlineData("We propose the UCS algorithm. We also present the results of optimal and suboptimal experiments, in which UCS is compared with the UBB optimal branch-and-bound algorithm and the SFFS heuristic, respectively.", "UCS compared UBB|UCS compared SFFS")]
    [InlineData("We propose OutRank, a feature ranking approach. Furthermore, we considered a real-life click-through-rate prediction data set where it outperformed strong baselines such as random forest-based approaches.", "OutRank outperforms random forest")]
    [InlineData("We propose the iLTS estimator. In our test setting, iLTS is up to 190 times faster than LASSO-based methods with a comparable performance.", "iLTS outperforms LASSO|iLTS comparable LASSO")]
    [InlineData("The results obtained by monotonous NMF are compared with standard NMF algorithms in the literature.", "monotonous NMF compared NMF")]
    [InlineData("We propose GraphLab. We find that GraphLab achieves orders of magnitude performance gains over Hadoop while performing comparably or superior to hand-tuned MPI implementations.", "GraphLab outperforms Hadoop")]
    [InlineData("We propose BADMM. BADMM is several times faster than highly optimized commercial software Gurobi.", "BADMM outperforms Gurobi")]
    [InlineData("We compare AdamW to Adafactor and to Adam on C4.", "AdamW compared Adafactor|AdamW compared Adam")]
    [InlineData("Evolved MEP heuristic is compared with Nearest Neighbor Heuristic (NN) and Minimum Spanning Tree Heuristic (MST) on some difficult problems. For most of the considered problems the evolved MEP heuristic outperforms NN and MST.", "MEP outperforms NN|MEP outperforms MST")] // letters the stop list keeps out, defined as a technique
    [InlineData("We propose DPP. This suggests that DPP can achieve a better performance than approximate value iteration (AVI) and approximate policy iteration (API).", "DPP outperforms AVI|DPP outperforms API")]
    [InlineData("We propose DPP. DPP can achieve a better performance than neural networks (NN) on this task.", "")] // the usual sense stays out
    [InlineData("We propose Cov-DL. We demonstrate that Cov-DL outperforms existing overcomplete ICA algorithms under various scenarios of EEG simulations.", "Cov-DL outperforms ICA")] // a known technique's plural forms
    [InlineData("We propose HFA. Comprehensive experiments on two benchmark datasets clearly demonstrate that HFA outperforms the existing HDA methods.", "")] // letters the list does not know may name an area
    [InlineData("We propose two sampling algorithms, FastKS and LazyKS, for kernel sums. Moreover, both algorithms clearly outperform classical Gibbs sampling.", "FastKS outperforms Gibbs sampling|LazyKS outperforms Gibbs sampling")] // a plural self-reference stands for both proposals
    [InlineData("Two heuristics, greedy window pruning (GWP) and lazy window pruning (LWP), are proposed. The proposed pruning methods outperform SparseGPT on C4.", "GWP outperforms SparseGPT|LWP outperforms SparseGPT")]
    [InlineData("We propose two sampling algorithms, FastKS and LazyKS, for kernel sums. Our method outperforms SparseGPT.", "")] // a singular one stands for neither
    [InlineData("We propose FastKS. Results showed lower error compared to classical Gibbs sampling.", "FastKS outperforms Gibbs sampling")] // the paper's results, reported in the past
    [InlineData("We propose FastKS. FastKS outperforms SVM classifiers on C4.", "FastKS outperforms SVM")] // a technique's name before its kind's plural
    [InlineData("We propose FastKS. FastKS is faster than interior-point LP solvers.", "")] // solvers of a problem are no technique it names
    [InlineData("We propose FastKS. Experiments show that FastKS achieves higher classification accuracy than SparseGPT.", "FastKS outperforms SparseGPT")] // the measure after a word that says whose
    [InlineData("We propose FastKS. FastKS can be used with higher learning rates than SparseGPT.", "")] // a setting, not a result
    [InlineData("We propose FastKS. FastKS gives higher classification error than SparseGPT.", "")] // a measure where lower is better
    [InlineData("We propose FastKS. FastKS is demonstrated on the games of chess and SparseGPT, and has shown to outperform the plain Wanda.", "FastKS outperforms Wanda")] // a passive with its own phrase reports nothing
    [InlineData("We propose FastKS. Experiments demonstrate the advantages of FastKS over SparseGPT in many respects.", "FastKS outperforms SparseGPT")] // an advantage of one over another
    [InlineData("We propose FastKS. We obtain an improvement of BLEU over SparseGPT.", "FastKS outperforms SparseGPT")] // a measure improved is no side; "we" gained it
    [InlineData("The accuracy and speed of GCGM inference is compared to the MCMC method on a simulated problem.", "GCGM compared MCMC")] // undefined letters a passive of comparison takes as subject
    [InlineData("We have experimentally shown that performance of DQRRR is better than RR by reducing number of context switching.", "DQRRR outperforms RR")] // a bare measure of a name heads the clause
    [InlineData("Our implemented results show that compression ratio of arithmetic coding is better than Huffman coding.", "arithmetic coding outperforms Huffman coding")]
    [InlineData("We show that a variant of DQRRR is better than RR.", "")] // a variant without an article is no measure
    [InlineData("SlideFuse is shown to perform favourably in comparison with CombMNZ.", "SlideFuse outperforms CombMNZ")] // "favourably" judges the comparison
    [InlineData("SlideFuse performs favorably compared to CombMNZ.", "SlideFuse outperforms CombMNZ")]
    [InlineData("The response surface method achieved these results at a speed more than 2.5 times as fast as the genetic algorithm and 24 times faster than the simulated annealing.", "")] // what "as fast as" compares with is no subject
    [InlineData("LoRA performs as well as the genetic algorithm and outperforms simulated annealing.", "LoRA outperforms simulated annealing|LoRA comparable genetic algorithm")]
    [InlineData("An extensive simulation experiment is performed to illustrate the advantages of AMOP over CoSaMP in many respects.", "AMOP outperforms CoSaMP")] // unknown letters the advantage belongs to
    [InlineData("The gain on speedup of DCDS over CDS can be up to 54.9%.", "DCDS outperforms CDS")]
    [InlineData("The results of MABC are comparable with the results of DECC-G and MLCC.", "MABC comparable DECC-G|MABC comparable MLCC")] // the letters whose results are compared
    [InlineData("Computational results show that the performance of PAMI is superior to that of CPLEX.", "PAMI outperforms CPLEX")]
    [InlineData("The accuracy of the proposed SG-ELM is comparable to that of the state-of-the-art. The developed algorithm not only guarantees stability, but also reduces the computational demand compared to the OS-ELM approach.", "SG-ELM outperforms OS-ELM")] // reducing a demand is a win
    [InlineData("This paper finds that kernel partial least squares, a nonlinear partial least squares (PLS) algorithm, outperforms PLS.", "kernel partial least squares outperforms PLS")] // the appositive describes the subject
    [InlineData("XGBoost, a boosting algorithm, outperforms LightGBM.", "XGBoost outperforms LightGBM")]
    [InlineData("This paper proposes a new Soft Confidence-Weighted (SCW) online learning scheme. When comparing with a variety of state-of-the-art algorithms (including AROW, NAROW and NHERD), we found that SCW generally achieves better or at least comparable predictive accuracy.", "SCW comparable AROW|SCW comparable NAROW|SCW comparable NHERD")] // the subject after "we found that"
    [InlineData("We propose ZapNet, a new method for ranking. Experiments show that ours outperforms XGBoost.", "ZapNet outperforms XGBoost")] // "ours" is the paper's one proposal
    [InlineData("We propose RMSE-ELM, a new ensemble. The results have shown that RMSE-ELM significantly improves robustness compared with representative methods (ELM, OP-ELM and E-GASEN).", "RMSE-ELM outperforms ELM|RMSE-ELM outperforms OP-ELM|RMSE-ELM outperforms E-GASEN")] // letters a parenthesis lists after the compared methods
    [InlineData("We propose HaloNet, a new recovery method. Specifically for the Cuprite dataset, performance of the proposed method is approximately 10% better than the VCA and Sparse NMF in terms of SAD.", "HaloNet outperforms VCA|HaloNet outperforms Sparse NMF")] // 1411.0392: a bare measure after an opening phrase; a capitalised variant
    [InlineData("Experiments reveal that Segmental HOG achieves significant improvements in detection performance compared to Rectangular HOG.", "Segmental HOG outperforms Rectangular HOG")] // 1506.05920
    [InlineData("Experiments on real data show that the EigenNet significantly outperforms the lasso, the elastic net, and the Bayesian lasso in terms of prediction accuracy.", "EigenNet outperforms lasso|EigenNet outperforms elastic net|EigenNet outperforms Bayesian lasso")] // 1102.0836
    [InlineData("We propose RMABC. The proposed algorithm outperforms Memetic ABC (MeABC) and some other variants (like Gbest guided ABC (GABC) and Modified ABC (MABC)).", "RMABC outperforms MeABC|RMABC outperforms GABC|RMABC outperforms MABC")] // 1408.0102: defined names keep their letters
    [InlineData("We present GenPack, a genetic algorithm for container storage. GenPack was compared to a Last In First Out (LIFO) algorithm applied to the same problem.", "GenPack compared LIFO")] // 1303.1051: capitalised words the text calls an algorithm
    [InlineData("We propose Root-LDPC codes for block-fading channels. The proposed Root-LDPC codes are capable of achieving the channel diversity and outperform standard LDPC codes.", "Root-LDPC outperforms LDPC")] // 1512.02520: codes are what the letters name
    [InlineData("We propose G-MM, a generalization of majorization-minimization (MM). Compared to MM, G-MM is much more flexible.", "G-MM outperforms MM")] // 1506.07613: a desirable quality after a fronted comparison
    [InlineData("We propose MPCANet. Compared to PCANet, the proposed MPCANet uses the spatial structure much more efficiently.", "MPCANet outperforms PCANet")] // 1411.1171: so is its adverb
    [InlineData("Semantic Look explores the context of user query. It is compared with an existing algorithm called OntoLook and it is shown that Semantic Look is a better optimized search engine by being more than twice as fast as OntoLook.", "Semantic Look outperforms OntoLook")] // 1402.7200: a multiple of the other's speed
    [InlineData("In these studies, LightGBM is about twice as fast as XGBoost, and up to three times as fast as CatBoost.", "LightGBM outperforms XGBoost|LightGBM outperforms CatBoost")] // 0809.1181, 1601.00159
    [InlineData("Remarkable progress has been made through development of algorithms like SAG, SVRG, SAGA. These algorithms have been shown to outperform SGD, both theoretically and empirically.", "SAG outperforms SGD|SVRG outperforms SGD|SAGA outperforms SGD")] // 1506.06840: a plural head takes up the names the sentence before ends with; one known name lets the list's other capitals in
    [InlineData("We study AdaGrad and RMSProp. Both methods converge faster than SGD.", "AdaGrad outperforms SGD|RMSProp outperforms SGD")]
    [InlineData("We study AdaGrad, RMSProp and Adam. Both methods converge faster than SGD.", "")] // "Both" takes up two names, not three
    [InlineData("We study AdaGrad and RMSProp on new tasks. These methods converge faster than SGD.", "")] // the sentence before does not end with them
    [InlineData("In addition, the proposed routing protocol EQBSA-MMSPEED outperforms its predecessors, the QBSA-MMSPEED and the MMSPEED, providing 33% of lifetime extension.", "EQBSA-MMSPEED outperforms QBSA-MMSPEED|EQBSA-MMSPEED outperforms MMSPEED")] // 1501.07362: letters after "its predecessors,"
    [InlineData("We propose DiFS. Extensive experiments show that the aggregate bisection bandwidth of DiFS using various traffic patterns is much better than that of ECMP.", "DiFS outperforms ECMP")] // 1307.7416: "that of" says what the noun before "of" measures
    [InlineData("We notably argue that the guarantee of CPI is much better than that of DPI.", "CPI outperforms DPI")] // 1306.0539
    [InlineData("Our 4D-UWR-SENSE algorithm outperforms the SENSE reconstruction at the subject and group levels.", "4D-UWR-SENSE outperforms SENSE")] // 1201.0022: a dimension before capitals the text calls an algorithm; "reconstruction" heads the name
    [InlineData("The obtained simulation results are highly satisfactory and also it shows that convergence behavior of HLMS is much better than TLMS.", "HLMS outperforms TLMS")] // 1008.3328: a plain word may qualify a bare measure
    [InlineData("LRU is shown to be strictly better than FIFO on paths and cycles, but they are incomparable on some families of graphs.", "LRU outperforms FIFO")] // 1204.4047: letters shown to be better
    [InlineData("We propose local submodular approximations (LSA). We discuss two specific LSA algorithms, LSA-TR and LSA-AUX. These methods obtain state-of-the-art results outperforming many standard techniques such as LBP, QPBO, and TRWS.", "LSA-TR outperforms LBP|LSA-TR outperforms QPBO|LSA-TR outperforms TRWS|LSA-AUX outperforms LBP|LSA-AUX outperforms QPBO|LSA-AUX outperforms TRWS")] // 1311.1856: capitals joined to a defined technique are its variants
    [InlineData("Compared with C-SVM, GS-SVM has better performance on several data sets.", "GS-SVM outperforms C-SVM")] // 1009.5268
    [InlineData("We study the joint encoding (JE) scheme. In the presence of multiple receivers, time sharing (TS) and superposition transmission (ST) schemes are shown to be more robust than the joint encoding (JE) scheme as they have gradual performance loss.", "TS outperforms JE|ST outperforms JE")] // 1203.2870: coordinated subjects with their short forms
    [InlineData("We validate that our design has merit as EmptyHeaded outperforms MonetDB by three orders of magnitude and LogicBlox by two orders of magnitude.", "EmptyHeaded outperforms MonetDB|EmptyHeaded outperforms LogicBlox")] // 1602.03557: a clause of reason has its own subject; gapped objects
    [InlineData("This careful tuning allows Sapporo2 to be faster than Sapporo1 even with the added options and double precision data loads.", "Sapporo2 outperforms Sapporo1")] // 1510.04068: the name an infinitive speaks of
    [InlineData("We present the tree-structure expectation propagation (Tree-EP) algorithm to decode low-density parity-check (LDPC) codes. EP generalizes belief propagation (BP) in two ways. Thanks to these additional constraints, the Tree-EP marginal estimates for each variable in the graph are more accurate than those provided by BP.", "Tree-EP outperforms BP")] // 1201.0715: "than those provided by"
    [InlineData("On the FERET database, where an affine normalization pre-processing was applied, the FBT algorithm outperformed only the PCA in a rank recognition test.", "FBT outperforms PCA")] // cs/0509082: a win over only that name
    [InlineData("We study restricted Boltzmann machine EDA (RBM-EDA) and the Bayesian optimization algorithm (BOA). Although RBM-EDA requires larger population sizes and a larger number of fitness evaluations, it outperforms BOA in terms of CPU times.", "RBM-EDA outperforms BOA")] // 1411.7542: "it" after a concessive clause with a name as its subject
    [InlineData("Inspired by the recently proposed harvest-then-transmit (HTT) and harvest-then-cooperate (HTC) protocols, we develop a new adaptive transmission (AT) protocol. Results show that the proposed AT protocol considerably outperforms both the HTT and HTC protocols.", "AT outperforms HTT|AT outperforms HTC")] // 1508.01892: letters a protocol's noun follows name one
    [InlineData("For the MARC, Wang and Giannakis proposed a Complex Field Network Coding (CFNC) scheme. As an alternative, we propose a scheme based on Physical layer Network Coding (PNC). Simulation results indicate that the proposed PNC scheme performs better than the CFNC scheme.", "PNC outperforms CFNC")] // 1210.0490: letters the text calls a scheme
    [InlineData("In this paper, the multilevel coordinate search (MCS) algorithm is applied for well placement. Both synthetic and real oil fields are considered, and the performance of MCS is compared to the generalized pattern search (GPS), the particle swarm optimization (PSO), and the covariance matrix adaptive evolution strategy (CMA-ES) algorithms.", "MCS compared GPS|MCS compared PSO|MCS compared CMA-ES")] // 1510.03517: the measure of a name opens a clause after ", and"
    [InlineData("We present S-DUDE, a new denoiser built on the DUDE algorithm. S-DUDE has the capacity to significantly improve on the performance attained by the original DUDE.", "S-DUDE outperforms DUDE")] // 0708.2566: "the performance attained by" Y stands for Y
    [InlineData("We present Sapporo, a new library. The precision of our library is comparable to that of GRAPE-6, even though the GPU hardware is limited.", "Sapporo comparable GRAPE-6")] // 0902.4463: "our library" is the paper's own
    [InlineData("We compare ScaLAPACK with ELPA and EigenExa. The hybrid solvers with the two newer libraries, ELPA and EigenExa, give better benchmark results than the conventional ScaLAPACK library.", "EigenExa outperforms ScaLAPACK")] // 1504.06443: a library named by its name
    [InlineData("Advantage of using this knowledge is demonstrated by IANN, a modified multilayer neural network algorithm. IANN performance is even comparable to a theory refinement system KBANN that uses stronger domain knowledge.", "IANN comparable KBANN")] // 1005.5556: capitals an appositive calls an algorithm; capitals after the kind they name
    [InlineData("We propose multi-linear interactive MF (MLIMF). In addition, we compared the proposed model with three typical other methods: user-based collaborative filtering (UCF), item-based collaborative filtering (ICF) and regularized MF (RMF).", "MLIMF compared UCF|MLIMF compared ICF|MLIMF compared RMF")] // 1404.1653: definitions listed after "methods:" are techniques
    [InlineData("We propose multi-linear interactive MF (MLIMF). In addition, we compared the proposed model with three typical other methods: user-based collaborative filtering (UCF), item-based collaborative filtering (ICF) and regularized MF (RMF). Experimental results on two real-world datasets show that our method performs much better than other three methods in the accuracy of recommendation.", "MLIMF outperforms UCF|MLIMF outperforms ICF|MLIMF outperforms RMF")] // 1404.1653: "other three methods" takes up the three names the sentence before ends with; the win is what the plain comparison found, one claim a pair
    [InlineData("We propose ePlace-3D, a new placer. Our placer outperforms the leading work mPL6-3D and NTUplace3-3D with 6.44% and 37.15% shorter wirelength.", "ePlace-3D outperforms mPL6-3D|ePlace-3D outperforms NTUplace3-3D")] // 1512.08291: "our placer"; "the leading" is an adjective
    [InlineData("We present the FastR in-memory analytics engine. FastR outperforms Postgres by 2-4 orders of magnitude and MonetDB by 1-3 orders of magnitude, when all of them are running on RAM.", "FastR outperforms MonetDB")] // 1602.00033: gapped objects after an unknown first one
    [InlineData("In latent Dirichlet allocation (LDA), topics are multinomial distributions over the entire vocabulary. In this variable selection model for LDA (vsLDA), topics are multinomial distributions over a subset of the vocabulary. The performance of vsLDA is better than symmetric LDA for likelihood and classification, better than asymmetric LDA for consistency and classification, and about the same in the other comparisons.", "vsLDA outperforms symmetric LDA|vsLDA outperforms asymmetric LDA")] // 1205.1053: variants, not LDA
    [InlineData("We propose DeepID-Net, a deformable deep convolutional network for object detection. It improves the mean averaged precision obtained by RCNN, which is the state-of-the-art of object detection, from 31% to 45%.", "DeepID-Net outperforms RCNN")] // 1409.3505: the measure a name reached, improved
    [InlineData("We propose the feedforward sequential memory network (FSMN). Experiments have shown that FSMN can significantly outperform not only support vector machines but also logistic regression.", "FSMN outperforms support vector machines|FSMN outperforms logistic regression")] // 1510.02693, names changed: "not only … but also"
    [InlineData("In this paper, we propose convolutional pseudo-prior (ConvPP) on the ground-truth labels. Our method has several properties: (3) ConvPP learns convolution in the labeling space with much improved modeling capability; (4) compared with Bayesian models like MRFs, ConvPP capitalizes on the rich representation power of convolution.", "ConvPP compared MRFs")] // 1511.07409: the clause after the semicolon has its own subject; "capitalizes" is a verb
    [InlineData("We present FPA-CS, a focal plane array-based compressive sensing architecture. We develop a prototype; the prototype provides a 4096x increase in the measurement rate compared to the SPC.", "FPA-CS outperforms SPC")] // 1504.04085: a clause with its own verb before the comparison keeps the subject
    [InlineData("We propose Hierarchical Fine-Tuning (HFT). Compared with FFT, HFT not only significantly alleviates the forgetting problem, but also achieves the best performance in a series of downstream benchmarks.", "HFT outperforms FFT")] // "not only …, but also" is one clause
    [InlineData("We present EMBANKS, an extension of keyword search over databases. We also present detailed experiments that show that EMBANKS can significantly reduce database load time and query execution times when compared to the original BANKS algorithms.", "EMBANKS outperforms BANKS")] // 1104.4384: capitals the text calls algorithms
    [InlineData("We present SXSI, a system for XPath search. On pure tree queries, the SXSI system performs on par or better than the fastest known systems MonetDB and Qizx.", "SXSI comparable MonetDB|SXSI comparable Qizx")] // 0907.2089: a pair after a plural kind
    [InlineData("We propose DCTNet, a new network. We evaluate DCTNet on face databases and it is able to achieve on par with or often better accuracy performance than PCANet.", "DCTNet comparable PCANet")] // 1507.02049: "on par with or often better" is parity
    [InlineData("New frameworks such as Apache Spark leverage functional techniques to provide high-level, declarative APIs for in-memory data analytics, often outperforming traditional frameworks like Hadoop MapReduce.", "Apache Spark outperforms Hadoop MapReduce")] // 1602.03598: the member named after "such as" takes its head's role
    [InlineData("Our experiments show under these conditions the very simple methods (e.g. LSH and ITQ) often outperform recent state-of-the-art methods (e.g. MDSH and OK-means).", "LSH outperforms MDSH|LSH outperforms OK-means|ITQ outperforms MDSH|ITQ outperforms OK-means")] // 1405.1005: "(e.g. …" without a comma
    [InlineData("Our experimental results show that WDES and WDICS outperform DEPTA [1] in terms of Precision and Recall.", "WDES outperforms DEPTA|WDICS outperforms DEPTA")] // 1303.5867: two short forms joined by "and" before the verb
    [InlineData("In simulations, we see that DD and SCOMP far outperform COMP, with SCOMP very close to the optimal SSS.", "SCOMP outperforms COMP")] // 1306.6438: "far outperform"
    [InlineData("We propose NLEM. We compare NLEM with NLM on natural images. Our experiments show that NLEM performs better than NLM in the vicinity of edges.", "NLEM outperforms NLM")] // a plain comparison and its result are one claim
    [InlineData("We compare TD with MC on three tasks. MC is faster than TD on the first.", "MC outperforms TD")] // the same when the win goes the other way
    [InlineData("We propose RTDP-RMAX and RTDP-IE. Specifically, RTDP-RMAX and RTDP-IE have considerably smaller computational demands than Q-learning and SARSA.", "RTDP-RMAX outperforms Q-learning|RTDP-RMAX outperforms SARSA|RTDP-IE outperforms Q-learning|RTDP-IE outperforms SARSA")] // 1206.6870 with named baselines swapped in: smaller demands are a win
    [InlineData("We propose ICA-ADMM. Numerical results show that the proposed algorithm offers considerably lower computational complexity than the standard ADMM.", "ICA-ADMM outperforms ADMM")] // 1402.6065: the measure after the words that qualify it
    [InlineData("We propose Bayesian masking (BM), a sparse estimation method. Finally, we show that BM outperforms Lasso and automatic relevance determination (ARD) in terms of the sparsity-shrinkage trade-off.", "BM outperforms Lasso|BM outperforms ARD")] // 1509.01004: a lower-case definition a win is claimed over
    [InlineData("In this paper we propose a Predictive Overlapping Co-Clustering (POCC) algorithm. Results of our algorithm has been compared with two other well-known techniques - K-means and DBSCAN, over four real data sets.", "POCC compared K-means|POCC compared DBSCAN")] // 1403.1942 with a named second item: a spaced dash opens the list
    [InlineData("In this paper, we evaluate the EST, ADSIR and an ordered-subset simultaneous algebraic reconstruction technique (OS-SART). Our results show that OS-SART is comparable to EST, and the ADSIR outperforms EST and OS-SART.", "OS-SART comparable EST|ADSIR outperforms EST|ADSIR outperforms OS-SART")] // 1311.5830: after ", and" a name its own verb follows is a new subject
    [InlineData("We apply the BCO and ACO approaches to a routing problem. It will be observed that the BCO and ACO approaches are on par.", "BCO comparable ACO")] // 1405.1406: "on par" closing the sentence pairs its coordinated subjects
    [InlineData("We also show that predicting existing music using RProp outperforms Back propagation through time (BPTT).", "RProp outperforms BPTT")] // 1412.3191: what the task is done with, right before the verb
    [InlineData("We find that training with Adafactor consistently outperforms SGD on MMLU.", "Adafactor outperforms SGD")]
    [InlineData("We propose SOGlasso. Experiments with real and synthetic data demonstrate the advantages of SOGlasso compared to the lasso and group lasso.", "SOGlasso outperforms lasso|SOGlasso outperforms group lasso")] // 1402.4512: "the advantages of X compared to Y" as "… over Y"
    [InlineData("Both heuristics significantly improve the quality of the surrogate model, yielding a significant speed-up of saACM-ES compared to the ACM-ES and CMA-ES baselines.", "saACM-ES outperforms ACM-ES|saACM-ES outperforms CMA-ES")] // 1204.2356
    [InlineData("Finally, experiments are conducted to demonstrate the outperformance of RAdaBoost comparing with some classical techniques such as SVM, kNN and AdaBoost.", "RAdaBoost outperforms SVM|RAdaBoost outperforms kNN|RAdaBoost outperforms AdaBoost")] // 1506.04584
    [InlineData("It is shown numerically that the gains of chunk-LRU are still significant in comparison to standard LRU policy that caches entire files.", "chunk-LRU outperforms LRU")] // 1512.03274
    [InlineData("We present a streaming Gibbs sampling (SGS) method, an online extension of the collapsed Gibbs sampling (CGS). Our empirical study shows that SGS reaches similar perplexity as CGS.", "SGS comparable CGS")] // 1601.01142: "similar <measure> as"
    [InlineData("Streaming variational Bayes (SVB) is successful. We present a streaming Gibbs sampling (SGS) method. Our distributed version of SGS, DSGS, is much more scalable than SVB mainly because the updates' communication complexity is small.", "DSGS outperforms SVB")] // 1601.01142: an adverb after the object closes it
    [InlineData("We use YOLOv8x-pose, which in our tasks outperforms YOLO11x-pose.", "YOLOv8x-pose outperforms YOLO11x-pose")] // ", which" after a verb's object speaks of it
    [InlineData("Using YOLOv8x-pose as our strongest baseline, which in our tasks outperforms YOLO11x-pose, we train a detector.", "YOLOv8x-pose outperforms YOLO11x-pose")] // t:c089200dedfb: the name "as our baseline" stands for the baseline
    [InlineData("We propose H2MA, a new algorithm. In this paper, the performance of the new algorithm is compared to state-of-the-art algorithms for multi-objective optimization, more specifically NSGA-II, SPEA2, and SMS-EMOA.", "H2MA compared NSGA-II|H2MA compared SPEA2|H2MA compared SMS-EMOA")] // 1506.05424: the list after "for …, more specifically"
    [InlineData("In this paper we present the algorithm SLIPCOVER. To estimate the log likelihood SLIPCOVER performs Expectation Maximization with EMBLEM. The algorithm has been tested on five real world datasets and compared with SLIPCASE and Aleph.", "SLIPCOVER compared SLIPCASE|SLIPCOVER compared Aleph")] // 1309.2080: the technique the sentence before opens with
    [InlineData("In this paper we present the algorithm SLIPCOVER. Like EMBLEM, it uses Expectation Maximization. The algorithm has been tested on five real world datasets and compared with SLIPCASE and Aleph.", "")] // nor another technique opening it
    [InlineData("We propose the marginal structured SVM (MSSVM). We show that our method consistently outperforms hidden conditional random fields (HCRFs; Quattoni et al. (2007)) on real data.", "MSSVM outperforms HCRF")] // 1409.1320: a citation with its own parenthesis after the letters
    [InlineData("We propose SCOPE. Empirical results show that SCOPE outperforms other distributed methods on Spark, including DSO and LBFGS.", "SCOPE outperforms DSO|SCOPE outperforms LBFGS")] // 1602.00133: the list after a generic head's "on …" phrase
    [InlineData("We achieve a 4.5x throughput improvement over Caffe on popular networks like CaffeNet.", "")] // 1504.04343: "on …" after a name is the setting
    [InlineData("We propose successive cancellation decoding (SCD). SCD is able to achieve good error-correcting performance and is less computationally expensive as compared to BPD.", "SCD outperforms BPD")] // 1505.04979: less of a cost is a gain
    [InlineData("However, rGCROT iterations are still expensive in memory and computation time compared with those of BiCGStab.", "")] // 1501.03358: a cost is no win
    [InlineData("Our analysis allows us to determine when SVM should be preferred to CART and spherical k-means.", "")] // 1201.0901: a question, not a claim
    [InlineData("It is unclear when SVM is better than CART.", "")]
    [InlineData("Although Sparse PCA has apparent advantages compared to PCA, such as better interpretability, it is generally thought to be computationally much more expensive.", "Sparse PCA outperforms PCA")] // 1210.7054: the cost is the main clause's
    public void ConstructionsGiveTheirClaims(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(), Claims(text).Select(Show).Order());
    }

    [Fact]
    public void AMeasureAfterAndDoesNotCarryTheObjectListOn()
    {
        // 1306.2009: "compared to the speed of channel variations, and characterize the throughput performance of A-CSMA".
        Assert.Empty(Claims("We study adaptive CSMA (A-CSMA) and standard CSMA algorithms. The rates of CSMA are restricted compared to the speed of channel variations, and characterize the throughput performance of A-CSMA in terms of the topology."));
    }

    [Fact]
    public void AProposedVariantOfAKnownNameIsNotThatName()
    {
        var claims = Claims("The proposed K-Means algorithm is compared with K-Means, Static Weighted K-Means (SWK-Means) and Dynamic Weighted K-Means (DWK-Means) algorithm.");

        Assert.DoesNotContain(claims, c => c.Subject == "K-Means");
        Assert.Contains(Claims("Our results show that the proposed Wanda is significantly faster than SparseGPT."), c => c.Subject == "Wanda");
    }

    [Fact]
    public void NamesTakenUpFromTheSentenceBeforeMakeItEvidence()
    {
        var claim = Assert.Single(Claims("We study AdaGrad and RMSProp. These methods converge faster than SGD. We then prove bounds."), c => c.Subject == "AdaGrad");

        Assert.Equal("We study AdaGrad and RMSProp. These methods converge faster than SGD.", claim.Evidence);
        Assert.Equal(0, claim.SpanStart);
    }

    [Fact]
    public void AHeadItsExamplesFollowIsNotTheProposal()
    {
        // 1602.03598: "new frameworks such as Apache Spark" are theirs, not the paper's own new framework.
        var claims = Claims("We present SafePass, a new programming model. New frameworks such as Apache Spark provide declarative APIs, often outperforming traditional frameworks like Hadoop MapReduce.");

        Assert.DoesNotContain(claims, c => c.Subject == "SafePass");
        Assert.Contains(Claims("We present SafePass, a new programming model. The new framework outperforms traditional frameworks like Hadoop MapReduce."), c => c.Subject == "SafePass");
    }

    [Fact]
    public void TheTitlesNameTakesTheLettersTheAbstractGivesIt()
    {
        // 1503.00516: "MPS" is the title's "Matrix Product State", so the abstract's claim about MPS is the paper's.
        var paper = new Paper("t", "Matrix Product State for Feature Extraction of Higher-Order Tensors",
            "This paper introduces matrix product state (MPS) decomposition as a computational tool for extracting features. Thus, it leads to savings compared to higher-order orthogonal iteration (HOOI). Benchmark results show that MPS achieves better classification performance compared to HOOI.",
            [], null, [], null, null, new SourceLocation("t", 1, 1));

        Assert.Equal(["MPS outperforms HOOI"], Extractor.Extract(paper).Comparisons.Select(Show));
    }

    [Fact]
    public void AWhichClauseAfterANameAPrepositionTakesIsNotAboutThatName()
    {
        // t:7f34e4548c6c: "which" speaks of the saving, not of DeiT-small.
        Assert.DoesNotContain(
            Claims("We propose LEMON. Experiments demonstrate that our method can save 76% computational costs on DeiT-base transferred from DeiT-small, which outperforms bert2BERT by +12.0% and LiGO by +20.7%, respectively."),
            c => c.Subject == "DeiT-small");
    }

    [Theory]
    [InlineData("We propose IPG. We show that our method is competitive with the state of the art for solving machine learning problems such as logistic regression when the number of samples is large.")] // 1402.4419: a list of problems
    [InlineData("We propose PCF. Simulation results show that the PCF scheme significantly outperforms the traditional one in a densely populated network like SMN.")] // 1603.01356: a list of settings
    public void AListAfterAFarPhraseIsNotTheObjects(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Object is "logistic regression" or "SMN");
    }

    [Theory]
    [InlineData("We present Divide and Concur (DC) and Difference-Map BP (DMBP). We present simulation results for LDPC codes, comparing DC and DMBP decoders with other decoders based on BP, linear programming, and mixed-integer linear programming.")] // 1001.1730
    [InlineData("We compare betaRSE and alphaRSSE to tree based ensembles on a set of UCI datasets.")] // 1409.4936
    public void APairComparedWithSomethingElseIsNotComparedWithItself(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Subject is "DC" or "DMBP" or "betaRSE" or "alphaRSSE" && c.Object is "DC" or "DMBP" or "betaRSE" or "alphaRSSE");
    }

    [Fact]
    public void ANameAPhraseIsDoneWithIsNoSideOfAVersus()
    {
        // 0901.1696: the phrases are compared, not RFPF with LAPACK.
        Assert.Empty(Claims("Performance of LAPACK full routines using RFPF versus LAPACK full routines using standard format for both serial and SMP parallel processing is about the same."));
    }

    [Theory]
    [InlineData("We find RandomForest and SimpleCart generally perform well and provide highly competitive prediction performance.")]
    [InlineData("SVM and CART are not comparable.")]
    [InlineData("Similar to SVM and CART, we use trees.")]
    public void PraiseOrNegationIsNoMutualParity(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Theory]
    [InlineData("We find that QLoRA does not outperform LoRA on MMLU.")]
    [InlineData("In our setting, Wanda fails to match SparseGPT at high sparsity.")]
    [InlineData("GaLore reduces memory without outperforming LoRA.")]
    [InlineData("Our method outperforms existing methods and strong baselines.")]
    [InlineData("LoRA outperforms full fine-tuning in some cases, as reported.")]
    [InlineData("We propose StochasticNet. StochasticNet achieved a higher accuracy (relative improvement in test error rate of ~6% compared to ConvNet) on the STL-10 dataset.")]
    [InlineData("Both ENN and IINC performed very well, with no significant advantage of the ENN over the IINC in terms of accuracy.")] // a denied advantage
    [InlineData("Severe error floors are exhibited at high SNR values, which cancel the advantage of FBMC over OFDM.")]
    [InlineData("The performance of the SD version is superior to that of SD BF decoders.")] // letters that qualify a head noun are no name
    [InlineData("In our experiments on real sensor data, GP-UCB compares favorably with other heuristical GP optimization approaches.")] // 0912.3995: a kind of technique
    [InlineData("We present random spray Retinex (RSR), a new algorithm. Like other algorithms based on the Retinex model, RSR also provides local illumination estimation and it is faster than other path-wise Retinex algorithms.")] // 1310.0307
    [InlineData("Particulary, the GP-MOEA/D approach performs better than a Single Objective Optimization GP in most cases.")] // 1111.5720: no cut name from a slash compound
    [InlineData("We propose DeepX. We compared it with two methods: SVM, AdaBoost and random forest. DeepX performs much better than the other two methods.")] // the count differs from the names the sentence before ends with
    public void NegatedOrUnnamedObjectsGiveNoWin(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Outcome == ComparisonOutcome.Outperforms && !c.Hedged);
    }

    [Theory]
    [InlineData("We observe that DoRA can outperform LoRA in some settings.", true)]
    [InlineData("It seems likely that the DoRA algorithm will be faster than the LoRA method if the penalty parameters are selected appropriately.", true)] // 1402.4371
    [InlineData("DoRA is likely to outperform LoRA on long sequences.", true)]
    [InlineData("DoRA appears to outperform LoRA.", true)]
    [InlineData("We conjecture that DoRA outperforms LoRA.", true)]
    [InlineData("As a result, we can say that DoRA outperforms LoRA.", false)] // 1306.0757: an assertion, not an opinion
    [InlineData("We show that DoRA outperforms LoRA.", false)]
    public void AHedgedWinIsKeptAndMarked(string text, bool hedged)
    {
        var claim = Assert.Single(Claims(text));

        Assert.Equal("DoRA outperforms LoRA", Show(claim));
        Assert.Equal(hedged, claim.Hedged);
    }

    [Fact]
    public void AnItThatOpensAThatClauseIsNoSelfReference()
    {
        var claims = Claims("We propose FooNet, a new decoder. It is shown that for the same budget, SM-SD offers up to 84% reduction in memory compared to LoRA.");

        Assert.DoesNotContain(claims, c => c.Subject == "FooNet");
    }

    [Fact]
    public void OurMethodResolvesToTheOneProposedEntity()
    {
        var claims = Claims("We propose TODO, a novel alignment method. Our method consistently outperforms DPO, outperforming it by 11.77 percentage points on MT-Bench.");

        var claim = Assert.Single(claims, c => c.Object == "DPO");
        Assert.Equal("TODO", claim.Subject);
        Assert.Equal("11.77 percentage points", claim.Margin?.Text);
        Assert.Equal("pp", claim.Margin?.Unit);
        Assert.Equal("MT-Bench", claim.Dataset);
    }

    [Fact]
    public void QualifiersComeFromTheSameSentence()
    {
        var claim = Assert.Single(Claims("On LLaMA-7B, Wanda outperforms magnitude pruning in perplexity on WikiText-2 by 2.5 points."));

        Assert.Equal("Wanda outperforms magnitude pruning", Show(claim));
        Assert.Equal("perplexity", claim.Metric);
        Assert.Equal("WikiText-2", claim.Dataset);
        Assert.Equal("LLaMA-7B", claim.OnModel);
        Assert.Equal(2.5, claim.Margin?.Value);
    }

    [Fact]
    public void TheEvidenceIsTheSentenceWithItsSpan()
    {
        const string text = "We study pruning. Wanda outperforms SparseGPT on C4.";
        var claim = Assert.Single(Claims(text));

        Assert.Equal("Wanda outperforms SparseGPT on C4.", claim.Evidence);
        Assert.Equal(claim.Evidence, text.Substring(claim.SpanStart, claim.SpanLength));
    }

    [Fact]
    public void RepeatedStatementsGiveOneClaim()
    {
        Assert.Single(Claims("Wanda outperforms SparseGPT on C4. Again, Wanda outperforms SparseGPT on WikiText-2."));
    }
}
