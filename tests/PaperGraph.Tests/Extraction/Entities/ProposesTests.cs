using PaperGraph.Domain;

namespace PaperGraph.Tests.Extraction.Entities;

public sealed class ProposesTests
{
    [Theory]
    [InlineData("In this paper, a novel encoding scheme combining Fisher vector and bag-of-words encodings has been proposed. The proposed Hyper-Fisher vector encoding is a sum of local Fisher vectors.", "Hyper-Fisher Vectors for Action Recognition", "Hyper-Fisher vector")] // the title's plural, the abstract's singular
    [InlineData("To address these problems, a Bayesian Continuous-valued Label Aggregator(BCLA) is proposed to provide a reliable estimation of label aggregation.", null, "BCLA")] // a passive of introduction right after the definition
    [InlineData("In this paper, a reduced latency list decoding (RLLD) algorithm for polar codes is proposed.", null, "RLLD")]
    [InlineData("Inspired by recent k-space interpolation methods, an annihilating filter based low-rank Hankel matrix approach (ALOHA) is proposed as a general framework.", null, "ALOHA")]
    [InlineData("In this paper, the Multicore Cluster Model (MCM) is proposed, which captures the most relevant performance characteristics.", null, "MCM")]
    [InlineData("In this paper, we propose Mix-LN, a novel normalization technique that combines Pre-LN and Post-LN.", null, "Mix-LN")]
    [InlineData("We introduce Reprompting, an iterative sampling algorithm that searches for prompts.", null, "Reprompting")]
    [InlineData("We use simulated nonlinear patterns to show that our proposed SVMcompare algorithm outperforms SVMrank when there are many ties.", null, "SVMcompare")]
    [InlineData("Extensive simulation results demonstrate that the proposed BioRARSA outperforms existing adaptive distributed routing.", null, "BioRARSA")]
    [InlineData("To address this, we introduce VSSM-based Local Aware Channel Enhancement (LACE) block, which incorporates local enhancement and channel attention.", null, "LACE")]
    [InlineData("We present a simple method called LayerNorm Scaling to fix deep layers.", null, "LayerNorm Scaling")]
    [InlineData("Unlike the conventional SNIHT method, our algorithm, referred to as HUB-SNIHT, is robust under heavy-tailed noise.", null, "HUB-SNIHT")]
    [InlineData("A new descriptor referred to as Segmental HOG is developed to detect glomeruli.", null, "Segmental HOG")]
    [InlineData("We proposed two strategies, namely efficient information leakage neutralization (EFFIN) and optimized neutralization (OPTIN). We propose a bound.", null, "EFFIN")]
    [InlineData("We propose a scheme. Finally, we compare the proposed B-CSA protocol with CSMA, which we proposed earlier.", null, "B-CSA")]
    [InlineData("We provide two complementary variants: PAGET-S for rapid semantic segmentation and PAGET-H for detailed panoptic segmentation.", null, "PAGET-H")]
    [InlineData("Here, we propose Hyperbolic U-Net, which maintains U-Net's proven encoder-decoder structure.", null, "Hyperbolic U-Net")]
    [InlineData("This study introduces a diffusion-based reconstruction framework, termed the Sparse Subspace Diffusion Model (SSDM), that performs MRI reconstruction.", null, "SSDM")]
    [InlineData("This paper extends the concept of differential operators to the quantum paradigm and proposes the adaptive quantum-inspired differential evolution algorithm (AQDE).", null, "AQDE")]
    [InlineData("In this paper, we formulate the relaxed survey propagation (RSP) algorithm, which extends the SP algorithm.", null, "RSP")]
    [InlineData("Here an enhanced RRF, referred to as the guided RRF (GRRF), is proposed.", null, "GRRF")]
    [InlineData("We thus devise an adaptive and parameter-free algorithm, the LeaderRank, to quantify user influence.", null, "LeaderRank")]
    [InlineData("In this work, we present a logic based on first-order CTL, namely Game Analysis Logic (GAL), in order to reason about games.", null, "GAL")]
    [InlineData("RE-Adapt and our low-rank variant LoRE-Adapt both outperform other methods.", null, "LoRE-Adapt")]
    [InlineData("We find rapid defense is important, which is named as RaPiD (Rapid Plug-in Defender).", null, "RaPiD")]
    [InlineData("We introduce Dynamic Data Pruning for ASR (DDP-ASR), which offers fine-grained granularities.", null, "DDP-ASR")]
    [InlineData("MoE-Quant includes two novel techniques: 1) Expert-Balanced Self-Sampling (EBSS) is an efficient sampling method. 2) Affinity-Guided Quantization (AGQ), which incorporates affinities.", null, "AGQ")]
    [InlineData("This framework introduces Knowledge Forgetting Rate (KFR) and Knowledge Retention Rate (KRR) to measure knowledge-level preservation.", null, "KRR")]
    [InlineData("Specifically, we develop Pairwise Equalizing (PE) and Pairwise Bisectioning (PB), two gossip algorithms.", null, "PB")]
    [InlineData("Specifically, we propose two recurrent models: 1) hierarchical simple recurrent network (HSRN), which is fast; and 2) Hierarchical Long Short-Term Memory (HLSTM), which performs better.", null, "HLSTM")]
    [InlineData("We have open-sourced Minitron model weights on Huggingface.", null, "Minitron")]
    [InlineData("To re-use the library, we present a novel zero-shot routing mechanism, Arrow, which enables dynamic selection of adapters.", null, "Arrow")]
    [InlineData("We propose an effective method, Leas (Local Expansion at Scale), and show how fake engagement is found.", null, "Leas")]
    [InlineData("We introduce model-based clustering, MBC, a method that groups tasks based on the similarity of their adapter parameters.", null, "MBC")]
    [InlineData("This study introduces three modifications to the decoder-only transformer architecture: ParallelGPT (p-gpt), LinearlyCompressedGPT (lc-gpt), and ConvCompressedGPT (cc-gpt).", null, "ConvCompressedGPT")]
    [InlineData("We present two algorithms: Diff-subMax and wDiff-subMax, which separate routing from scheduling.", null, "wDiff-subMax")]
    [InlineData("During training, we replace some FFNs with MoEs, and perform Experts Weights Averaging (EWA) on these MoEs.", "Experts Weights Averaging: A New General Training Scheme for Vision Transformers", "EWA")]
    [InlineData("In this paper, we introduce a novel, straightforward yet effective pruning method, termed Wanda (Pruning by Weights and activations), designed to induce sparsity.", null, "Wanda")]
    [InlineData("We introduce a novel method called ReLoRA, which utilizes low-rank updates.", null, "ReLoRA")]
    [InlineData("To address this issue, we propose Spike-Aware Adam with Momentum Reset SPAM, a novel optimizer designed to counteract gradient spikes.", null, "SPAM")]
    [InlineData("We address these with the Switch Transformer. We design models based off T5-Base and T5-Large.", "Switch Transformers: Scaling to Trillion Parameter Models", "Switch Transformer")]
    [InlineData("Three main techniques are proposed: 1) a residual-post-norm method combined with cosine attention; 2) A log-spaced continuous position bias method; 3) A self-supervised pre-training method, SimMIM, to reduce the needs of labeled images.", null, "SimMIM")]
    [InlineData("We introduce a new compression framework which covers both weight pruning and quantization.", "Optimal Brain Compression: A Framework for Accurate Post-Training Quantization and Pruning", "Optimal Brain Compression")]
    [InlineData("These, along with a new representation termed \"hill\", are compared using both L1 and L2 regularization.", null, "hill")]
    [InlineData("We introduce a new approach to intrinsic image decomposition. Our strategy, which we term direct intrinsics, is to learn a network.", null, "direct intrinsics")]
    [InlineData("Our approach employs two key techniques: (1) targeted structured pruning, which prunes a larger model to a target shape, and (2) dynamic batch loading, which updates the data mix.", null, "dynamic batch loading")]
    [InlineData("Additionally, we propose the Identity Loss which decouples the transformation and scaling properties.", null, "Identity Loss")]
    [InlineData("To address these limitations, our VideoStreaming has two core designs: Memory-Propagated Streaming Encoding and Adaptive Memory Selection.", null, "Adaptive Memory Selection")]
    [InlineData("Based on these insights, we propose an optimized method called Low-Rank Compensation (LoRC), which employs low-rank matrices.", null, "LoRC")]
    [InlineData("We highlight two innovative techniques: gating logit normalization, which improves expert diversification, and adaptive auxiliary loss coefficients, which allow layer-wise adjustment.", null, "adaptive auxiliary loss coefficients")]
    [InlineData("We introduce a simple yet effective technique to transfer knowledge to smaller variants. Our approach called weight subcloning expedites the training of scaled-down transformers.", null, "weight subcloning")]
    [InlineData("We address class-incremental learning. FOSTER expands the model and then compresses it.", "FOSTER: Feature Boosting and Compression for Class-Incremental Learning", "FOSTER")]
    [InlineData("Model Stock needs only two fine-tuned models and beats Model Soup.", "Model Stock: All we need is just a few fine-tuned models", "Model Stock")]
    [InlineData("We average the weights of fine-tuned models.", "Model soups: averaging weights of multiple fine-tuned models improves accuracy", "Model soups")]
    [InlineData("We introduce Reformer, a model that uses locality-sensitive hashing.", null, "Reformer")]
    [InlineData("We propose a novel FooNet architecture for segmentation.", null, "FooNet")]
    [InlineData("To resolve this pitfall, we propose LayerNorm Scaling, which scales the variance of the output.", null, "LayerNorm Scaling")]
    [InlineData("Our method, Parameter-Efficient Retraining after Pruning (PERP), drastically reduces compute and memory demands.", null, "PERP")]
    [InlineData("In this work, we introduce weight selection, a method for initializing smaller models by selecting a subset of weights.", null, "weight selection")]
    [InlineData("In this paper, we introduce weight compander (WC), a novel effective method to improve generalization.", null, "WC")]
    [InlineData("We address this issue by proposing Branch-and-Merge (BaM), a new adaptation method based on iteratively merging models.", null, "BaM")]
    [InlineData("We introduce Ladder Residual, a simple architectural modification applicable to all residual-based models.", null, "Ladder Residual")]
    [InlineData("The first method directly reuses the pre-trained weights without retraining, denoted as DirectShare.", null, "DirectShare")]
    [InlineData("Empirically, our proposed approach, Loki, gains up to 29.7% relative improvement over SimCLR on ImageNet.", null, "Loki")]
    [InlineData("We present weight normalization: a reparameterization of the weight vectors in a neural network.", null, "weight normalization")]
    [InlineData("Our Orthogonal Compatible Aligned (OCA) approach eliminates the need for re-indexing during model updates.", null, "OCA")]
    [InlineData("In this work, we propose sparse upcycling -- a simple way to reuse sunk training costs.", null, "sparse upcycling")]
    [InlineData("We propose randomized least-squares value iteration (RLSVI) -- a new reinforcement learning algorithm.", null, "RLSVI")]
    [InlineData("In this paper, we introduce a novel Loop-Residual Neural Network, which achieves better performance.", null, "Loop-Residual Neural Network")]
    [InlineData("Specifically, CAST introduces three key components: 1) AdamS, a sparsity-aware optimizer; 2) Weight Scaling, a module designed to mitigate the magnitude reduction.", null, "Weight Scaling")]
    [InlineData("The weight difference after projection, which we call \"Robust Weight Signature\" (RWS), appears to be discriminative.", null, "RWS")]
    [InlineData("In this paper, we explore the scalability of LocFaults, our error localization approach exploiting paths of the CFG.", null, "LocFaults")]
    [InlineData("The method has been implemented in CL-AtSe, our protocol analysis tool.", null, "CL-AtSe")]
    [InlineData("In this paper, a new Jacobi Based Time-Variant Adaptive (JBTVA) hybrid evolutionary algorithm is proposed.", null, "JBTVA")]
    [InlineData("In this paper, a novel adaptive feature scaling (AFS) scheme is proposed for ultrahigh-dimensional data.", null, "AFS")]
    [InlineData("Our method is based on a new class of models, which we call module networks. A module network explicitly represents the notion of a module.", "Learning Module Networks", "module networks")]
    [InlineData("The proposed Iterative Join-graph Propagation IJGP belongs to the class of generalized belief propagation methods.", "Iterative Join-Graph Propagation", "IJGP")]
    [InlineData("We introduce draft auctions, which is a sequential auction format where at each iteration players bid for the right to buy items.", "Draft Auctions", "draft auctions")]
    [InlineData("The RGB ratio model is a newly proposed method that belongs under the category of an explicitly defined skin region model.", "Enhanced skin colour classifier using RGB Ratio model", "RGB ratio model")]
    [InlineData("We propose a low-complexity variant of BP, referred to as stochastic belief propagation (SBP).", null, "SBP")]
    [InlineData("We propose a nonparametric generalization of belief propagation, Kernel Belief Propagation (KBP), for pairwise Markov random fields.", null, "KBP")]
    [InlineData("We propose a generalization of expected utility that we call generalized EU (GEU).", null, "GEU")]
    [InlineData("We introduce a variant of LLE that performs maximum likelihood exactly: Acyclic LLE (ALLE).", null, "ALLE")]
    [InlineData("We describe a new paradigm that compiles a belief network into an arithmetic expression called a Query DAG (Q-DAG). Each node of a Q-DAG is an operation.", "Query DAGs: A Practical Paradigm for Belief Network Inference", "Q-DAG")]
    [InlineData("The input image is clustered using proposed ISFCM algorithm. A comparative study has been made between the conventional FCM and proposed ISFCM.", null, "ISFCM")]
    [InlineData("Since we combine region proposals with CNNs, we call our method R-CNN: Regions with CNN features.", null, "R-CNN")]
    [InlineData("It is a dictionary-based compression method, specially designed for the compression of Prolog code, and therefore we name it PCA (Prolog Compression Algorithm).", null, "PCA")]
    [InlineData("We show that bootstrapping with the proposed method in the new algorithm, UCT-Aux, performs better compared to the original UCT algorithm and its variants.", null, "UCT-Aux")]
    [InlineData("We proposed a Least Information theory (LIT) to quantify meaning of information in probability distribution changes, from which a new information retrieval model was developed.", null, "LIT")]
    [InlineData("We propose an adaptive approach for non local means (NLM) image filtering termed as non local adaptive clipped means (NLACM), which reduces the effect of outliers.", null, "NLACM")]
    [InlineData("We introduce the \"exponential linear unit\" (ELU) which speeds up learning in deep neural networks.", null, "ELU")] // a known name the verb takes itself
    [InlineData("In this work, we propose Attentive Pooling (AP), a two-way attention mechanism for discriminative model training.", null, "AP")]
    [InlineData("To address the issue, we present the design and experimental evaluation of the Multicast Dynamic Rate Adaptation (MuDRA) algorithm.", null, "MuDRA")] // a design of its own, then evaluated
    [InlineData("In this paper we propose a new scheme SQCLP designed as an extension of CLP that supports qualification values.", null, "SQCLP")] // a kind noun before the name
    [InlineData("We also introduce two new greedy approaches for reconstruction: Quantized Compressed Sampling Matching Pursuit (QCoSaMP) and Adaptive Outlier Pursuit.", null, "QCoSaMP")] // a colon lists them by name
    [InlineData("In this paper we introduce the explicit-duration HDP-HSMM and develop posterior sampling algorithms for it.", null, "HDP-HSMM")]
    [InlineData("From the distance measures that are inherently contained in these models, we derive a new kernel, the responsibility weighted Mahalanobis (RWM) kernel.", null, "RWM")] // an appositive to a new kind of thing, by its definition
    [InlineData("In addition, we use the Grid LSTM to define a novel two-dimensional translation model, the Reencoder, and show that it outperforms a phrase-based reference system.", null, "Reencoder")]
    [InlineData("In this paper, we present a new mutation operator, Hybrid Mutation (HPRM), for a genetic algorithm that generates high quality solutions to the Traveling Salesman Problem (TSP).", null, "Hybrid Mutation")] // capitalised words set off
    [InlineData("We introduce a novel metric, the average recall (AR), which rewards both high recall and good localisation.", null, "AR")]
    [InlineData("In this paper, we introduce a herding variant of this algorithm, called herded Gibbs, that is entirely deterministic.", null, "herded Gibbs")] // a lower-case word and a capitalised one after the naming word
    [InlineData("To address this problem we introduce the Variable-gram Topic Model, which couples the latent topic formalism with a systematic model for contextual information.", null, "Variable-gram Topic Model")]
    [InlineData("In this study, a novel unsupervised feature transformation (UFT) which can transform non-numerical features into numerical features is developed and tested.", null, "UFT")] // a relative clause before the passive
    [InlineData("A new property which relies on the linear programming (LP) decoder, the approximate maximum-likelihood certificate (AMLC), is introduced.", null, "AMLC")] // an appositive set off by commas
    [InlineData("Finally, we compare the proposed B-CSA protocol with carrier sense multiple access (CSMA), the current MAC mechanism in vehicular networks.", null, "B-CSA")] // "proposed" qualifies the name after it
    [InlineData("We use the term emergency MANETs (eMANETs) in order to describe next generation IP-based networks.", null, "eMANET")]
    [InlineData("We propose a new technique for clustering. We use DB Index to measure goodness of the clusters and show our method is comparable to EM (Expectation Maximization) and K Means.", "Quartile Clustering: A quartile based technique for Generating Meaningful Clusters", "Quartile Clustering")] // a title prefix the abstract never writes
    [InlineData("Experimental results show that, the proposed regularized NMF algorithm improves the source separation performance compared with using NMF without prior.", null, "regularized NMF")] // the paper's variant of a known technique
    [InlineData("In this paper, we propose a new sparse Gaussian process model with two additive components.", null, "sparse Gaussian process")]
    [InlineData("We present a simple loop-corrected BP algorithm for lattice spin models.", null, "loop-corrected BP")] // a word of praise is no part of the name
    [InlineData("In this paper, a novel Self Organizing Map, termed improved SOM (iSOM), is proposed with the aim of effectively classifying images.", null, "iSOM")] // an appositive's "termed"
    [InlineData("In this study, a novel population-based across neighbourhood search (ANS) is proposed for numerical optimization.", null, "ANS")] // a compound adjective before the long form
    [InlineData("As a result, a memetic ABC (MABC) algorithm has been developed that is hybridized with two local search heuristics.", null, "MABC")] // a perfect after an indefinite article, uncited
    [InlineData("Our virtualized DNN (vDNN) reduces the average memory usage of AlexNet by 89%.", null, "vDNN")] // letters defined right after "our"
    [InlineData("We refer to this algorithm as Parallel Stroked Multi Line (PSML). By using Adaptive Geometrical Wavelet we compress.", null, "PSML")] // "we refer to … as"
    [InlineData("We refer to this method as the Path Integral Cross Entropy method or PICE.", null, "PICE")]
    [InlineData("We present two optimal MDP algorithms. The first algorithm, topological value iteration (TVI), detects the structure of MDPs. The second algorithm, focused topological value iteration (FTVI), is an extension of TVI.", null, "FTVI")] // the numbered members of what the paper announces
    [InlineData("In this paper, we proposed a new modified Apriori approach by cutting down the repeated database scans.", null, "modified Apriori")] // "modified" names the variant
    [InlineData("We then describe an algorithm, Non-Stationary Direct Policy Iteration (NSDPI), that can either be seen as a variation.", null, "NSDPI")] // a definition set off after what is introduced
    [InlineData("In this paper, the gap is further bridged by a novel framework -- recurrent polynomial network (RPN).", null, "RPN")]
    [InlineData("We propose two sampling algorithms, FastKS and LazyKS, for kernel sums.", null, "LazyKS")] // coordinated with the first introduced name
    [InlineData("In this paper, we propose QuickRank and SlowRank-2 to rank documents.", null, "SlowRank-2")]
    [InlineData("We propose two modified filtering algorithms with one scale per band, called MC-BF and LC-BF.", null, "LC-BF")] // coordinated after the naming word
    [InlineData("In this paper, we propose a fast external-memory algorithm (XMem2) for the range search problem.", null, "XMem2")]
    [InlineData("In this paper, a novel hybrid clustering approach using Bat Search and K-Medoids (BSKM) is proposed.", null, "BSKM")] // the letters of what a new approach combines // a coined name in brackets after the technique, spelling no words
    [InlineData("Two heuristics, greedy window pruning (GWP) and lazy window pruning (LWP), are proposed for the task.", null, "GWP")] // the first of two definitions before a passive
    [InlineData("Two heuristics, greedy window pruning (GWP) and lazy window pruning (LWP), are proposed for the task.", null, "LWP")]
    [InlineData("Three update rules, i.e., single step update (SSU), double step update (DSU), and mixed step update (MSU), are proposed.", null, "DSU")]
    [InlineData("We introduce two extensions of the classical UCB algorithm. The first, R-UCBX, restarts it. The second, S-UCBX, slides a window.", null, "S-UCBX")] // the numbered members of what is announced
    [InlineData("We introduce a novel random embedding idea to attack this problem. The resulting Random EMbedding Bayesian Optimization (REMBO) algorithm is very simple.", null, "REMBO")] // what the paper's steps result in
    [InlineData("The dissertation compares the resulting Specialized DOP (SDOP) models to the original DOP models.", null, "SDOP")]
    [InlineData("Our tool, ApproxMC, scales to formulas with tens of thousands of variables.", null, "ApproxMC")] // a tool, a language, a protocol or an implementation of its own
    [InlineData("A new quantum programming language QGCL is then proposed to support the paradigm.", null, "QGCL")]
    [InlineData("This matters because our tool, ApproxMC, scales to formulas with tens of thousands of variables.", null, "ApproxMC")] // "because" is no "use"
    [InlineData("We then describe how our MPI-IO implementation, ROMIO, delivers high performance for noncontiguous requests.", null, "ROMIO")]
    [InlineData("This paper develops a novel recovery algorithm called 2D-OMP, which is an extension of 1D-OMP.", null, "2D-OMP")] // the dimension is part of the name
    [InlineData("In this paper, we extend on previous work and propose the 3D-ASAP algorithm, for the graph realization problem.", null, "3D-ASAP")]
    [InlineData("In multiple configurations LT codes (MC-LT codes), multiple sets of output symbols are provided. The proposed MC-LT codes are shown to outperform the optimal pure LT codes. In this paper, we present MC-LT codes in detail.", null, "MC-LT")] // its own kind, not a class it builds on
    [InlineData("Minitron models exhibit up to a 16% improvement in MMLU scores. We present Minitron, a family of compressed models.", null, "Minitron")] // a coined word before its kind is still a name
    [InlineData("We present the algorithm \"Probabilistic Inference with Tabling and Answer subsumption\" (PITA) that computes the probability of queries.", null, "PITA")] // a quoted expansion after a technique noun
    [InlineData("We propose a simple refinement procedure called \"vertex mover\" (VM) for graph partitioning.", null, "VM")] // quotes after the naming word
    [InlineData("A new method, Distributed Optimized Patient Scheduling with Grouping (DOPSG) has been proposed.", null, "DOPSG")] // the perfect alone does not date it
    [InlineData("Two segmentation approaches are introduced and tested in this paper, namely antigen based segmentation (ABS) and time based segmentation (TBS).", null, "TBS")] // every item of a counted list after "namely"
    [InlineData("Two nonlinear methods of applying the human contrast sensitivity function (CSF) to a 3D model observer are proposed, namely the Probability Map (PM) and Monte Carlo (MC) methods.", null, "MC")]
    [InlineData("We design two prioritized IDNC algorithms, namely the expanding window IDNC (EW-IDNC) algorithm and the non-overlapping window IDNC (NOW-IDNC) algorithm.", null, "NOW-IDNC")]
    [InlineData("In this paper, we present a novel Reservoir Sampling based Bloom Filter,(RSBF) data structure, based on reservoir sampling.", null, "RSBF")] // a comma glued to the parenthesis; a data structure is a thing
    [InlineData("We illustrate that the OBDWF protocol could achieve a better throughput compared with the conventional dynamic decode-and-forward (DDF) protocol.", "Opportunistic Buffered Decode-Wait-and-Forward (OBDWF) Protocol for Mobile Wireless Relay Networks", "OBDWF")] // the title opens by defining the letters the abstract uses
    [InlineData("Our approach, implemented in KMF, is evaluated and compared to EMF.", "Kevoree Modeling Framework (KMF): Efficient modeling techniques for runtime use", "KMF")]
    [InlineData("We propose a Less-Laxity-Higher-Possible-Rate (L$^2$HPR) policy and prove its asymptotic optimality.", null, "L2HPR")] // 1210.1037: the exponent is part of the name, not a break before "HPR"
    [InlineData("In this work, we propose a novel Reversible Recursive Instance-level Object Segmentation (R2-IOS) framework to address instance-level object segmentation.", null, "R2-IOS")] // 1511.04517: a counted letter before a hyphen; each counted letter starts a word
    [InlineData("Specifically, our approach, Learning TO Diversify via Weighted Kernels (L2DWK), performs classifier combination by optimizing a simple criterion.", null, "L2DWK")] // 1406.1167: a 2 that says "TO"
    [InlineData("In this paper, we propose an efficient method for feature extraction. We will refer to this algorithm as mutual information discriminant analysis (MIDA).", null, "MIDA")] // 1206.2058: the paper names its own technique
    [InlineData("We model such tasks with a novel probabilistic graphical model, and design and implement LazySusan, a decision-theoretic controller that dynamically requests responses.", null, "LazySusan")] // 1210.4870: ", and design and implement X"
    [InlineData("To improve the security of transmissions, we investigate the antenna selection at the source and propose the optimal antenna selection (OAS) and suboptimal antenna selection (SAS) schemes, depending on whether the source node has the global channel state information (CSI).", null, "SAS")] // 1501.06407: coordinated definitions share the noun after the last
    [InlineData("To improve the security of transmissions, we investigate the antenna selection at the source and propose the optimal antenna selection (OAS) and suboptimal antenna selection (SAS) schemes, depending on whether the source node has the global channel state information (CSI).", null, "OAS")]
    [InlineData("This paper presents an end-to-end neural network model, named Neural Generative Question Answering (genQA), that can generate answers to simple factoid questions, both in natural language.", "Neural Generative Question Answering", "genQA")] // 1512.01337: a model named with a task's words
    [InlineData("In this thesis, based on our experiments, we contributed a series of solutions, including 1) a Goal Net based method to enhance goal management, 2) a novel Simple Multi-Agent Real-Time (SMART) approach to enhance intelligent task allocation.", null, "SMART")] // 1502.04170: letters defined after "a novel" in a sentence of our doing
    [InlineData("In this paper, we describe a novel hybrid factored Markov decision process (MDP) model that allows for a compact representation of these problems, and a new hybrid approximate linear programming (HALP) framework that permits their efficient solutions.", null, "HALP")] // 1110.0028
    [InlineData("Previous attempts to accelerate VByte decoding using SIMD vector instructions have been disappointing. Our decoder (Masked VByte) is 2 to 4 times faster than a conventional scalar VByte decoder.", "Vectorized VByte Decoding", "Masked VByte")] // 1503.07387: a name in parentheses after "our" and the kind
    [InlineData("On several benchmark datasets, our method (NNRank) outperforms a neural network classification method.", null, "NNRank")] // 0704.1028
    [InlineData("For even better compression, we propose another new vectorized scheme (SIMD-FastPFOR) that has a compression ratio within 10% of a state-of-the-art scheme.", null, "SIMD-FastPFOR")] // 1209.2137
    [InlineData("Therefore, we proposed new clustering techniques in routing protocols, Location-aware Permanent CH (LPCH) and User Defined Location-aware Permanent CH (UDLPCH).", "LPCH and UDLPCH: Location-aware Routing Techniques in WSNs", "UDLPCH")] // 1307.7111: a title's pair of names the abstract introduces
    [InlineData("In this paper we present the core of LoCo, a logic-based high-level representation language for expressing configuration problems.", "Introducing LoCo, a Logic for Configuration Problems", "LoCo")] // 1109.0115
    [InlineData("We describe several advances in translating MAP queries to ILP instances and present the novel meta-algorithm cutting plane aggregation (CPA). CPA exploits local context-specific symmetries.", null, "CPA")] // 1304.4379: the new kind, then its name
    [InlineData("In this paper, we introduce the concept of High Capacity Locality Aggregating Encodings (HCLAE) to this end, and propose Dictionary Annealing (DA) to learn HCLAE by a simulated annealing procedure.", null, "DA")] // 1509.05194: a second introduction after ", and propose"
    [InlineData("We introduce important members of this family of algorithms such as the least mean logarithmic square (LMLS) and least logarithmic absolute difference (LLAD) algorithms that improve the convergence performance.", null, "LLAD")] // 1311.6809: coordinated definitions sharing a plural noun
    [InlineData("To encode temporal information, we present and compare two methods called temporal extension descriptor (TED) and temporal division pyramid (TDP).", null, "TDP")] // 1408.7071: the second of coordinated definitions is of the first's kind
    [InlineData("In this paper, we present two new acyclicity notions called model-faithful acyclicity (MFA) and model-summarising acyclicity (MSA).", null, "MSA")] // 1406.4110
    [InlineData("One of the main contributions of this work is our second algorithm, which we refer to as CLGrouping. CLGrouping starts with a pre-processing procedure.", null, "CLGrouping")] // 1009.2722
    [InlineData("We present such an algorithm, which we call the Two-Phase Algorithm, and analyze its regret.", null, "Two-Phase Algorithm")] // 1111.4460
    [InlineData("We propose a method to speed up model-based learners. Specifically, our two new learning algorithms, RTDP-RMAX and RTDP-IE, have considerably smaller computational demands than RMAX and MBIE.", null, "RTDP-RMAX")] // 1206.6870: the names a plural of "our new" sets off
    [InlineData("We propose a method to speed up model-based learners. Specifically, our two new learning algorithms, RTDP-RMAX and RTDP-IE, have considerably smaller computational demands than RMAX and MBIE.", null, "RTDP-IE")]
    [InlineData("After more than 20 years of developing a specific code named CODYRUN, we decided to add a lighting module to our software.", null, "CODYRUN")] // 1509.04738: "more than" compares no technique
    [InlineData("In this paper, I describe SPATTER, a statistical parser based on decision-tree learning techniques which constructs a complete parse.", null, "SPATTER")] // cmp-lg/9504030: "describe NAME, a …"
    [InlineData("In this work we describe Regression2Net, a computational approach to analyse gene expression and methylation profiles.", null, "Regression2Net")] // 1506.00080
    [InlineData("We do so by means of the Generalized Tag-induced Cross-domain Collaborative Filtering (GTagCDCF) approach that we propose in this paper.", null, "GTagCDCF")] // 1302.4888: a definition "that we propose"
    [InlineData("We rely on a distributed iterate collapse inversion (DICI) algorithm that we introduce.", null, "DICI")] // 0708.0242
    [InlineData("This paper introduces matrix product state (MPS) decomposition as a computational tool for extracting features of multidimensional data. Benchmark results show that MPS achieves better classification performance.", "Matrix Product State for Feature Extraction of Higher-Order Tensors", "MPS")] // 1503.00516: the letters the abstract gives the title's name
    [InlineData("As Fourier transform is the basis for orthogonal frequency division multiplexing (OFDM), Fresnel transform underlies the proposed orthogonal chirp division multiplexing (OCDM). It is shown that the OCDM system outperforms the OFDM system.", "Orthogonal Chirp Division Multiplexing", "OCDM")] // 1601.06576
    [InlineData("In this paper we describe a method that improves on existing global optimization techniques to tracking articulated objects.", "Parametric annealing: a stochastic search method for human pose tracking", "Parametric annealing")] // 1204.6563: a sentence-case prefix the subtitle calls a method
    [InlineData("Olog is a categorical framework. We describe ologs for knowledge representation.", "Ologs: a categorical framework for knowledge representation", "Ologs")] // 1102.1889: one coined word before any kind
    [InlineData("We present a streaming Gibbs sampling (SGS) method. Our distributed version of SGS, DSGS, is much more scalable than SVB.", null, "DSGS")] // 1601.01142: "our … version of X, NAME,"
    [InlineData("This paper proposes a Fast Region-based Convolutional Network method (Fast R-CNN) for object detection. Fast R-CNN trains VGG16 9x faster than R-CNN.", "Fast R-CNN", "Fast R-CNN")] // 1504.08083: a title that is a known name and nothing more
    [InlineData("We introduce a neural network with a recurrent attention model over a possibly large external memory. The architecture is a form of Memory Network.", "End-To-End Memory Networks.", "End-To-End Memory Networks")] // 1503.08895
    [InlineData("We show that the novel solution, denoted as widely non-linear complex GPR (WCGPR), outperforms a strictly complex GPR.", null, "WCGPR")] // 1511.05710: "denoted as" a definition after "novel"
    [InlineData("The search algorithm presented in this paper is designed for optimal path planning. The algorithm incorporates Pareto optimality into D*, and is thus named D*-PO.", null, "D*-PO")] // 1511.00787: a starred name after a naming word
    [InlineData("Experimental results show that the proposed technique (k-PNG) produces a high compression ratio.", null, "k-PNG")] // 1307.0036: the name in brackets after "the proposed technique"
    [InlineData("Using the small-variance asymptotics of our probabilistic model, we then derive a new deterministic clustering algorithm (RDP-means).", null, "RDP-means")] // 1508.06235
    [InlineData("In this paper we adapt this idea to domains with partial information, presenting a new approach: ReSense.", null, "ReSense")] // after "a new …:"
    [InlineData("In this paper we adapt this idea to classical domains with partial information, presenting a new planner: SDR (Sample, Determinize, Replan).", null, "SDR")] // 1401.6048
    [InlineData("Thus we use the network model as the constraints of algorithms in our proposed algorithm called SMC (Search with Model-based Constraints).", null, "SMC")] // cs/0204055: letters a list knows, spelled out as ours
    [InlineData("The proposed methods include the Reordering Adaptive Directed Acyclic Graph (RADAG), Strong Elimination of the classifiers (SE), and Voting based Candidate Filtering (VCF).", null, "VCF")] // 1309.2765: the paper's own methods listed
    [InlineData("We present a method for detecting objects in images. Our approach, named SSD, discretizes the output space of bounding boxes.", null, "SSD")] // 1512.02325: stoplisted letters the paper names its own
    public void IntroducedNamesAreProposed(string text, string? title, string name)
    {
        var r = EntityTestKit.Recognize(text, title);

        var e = r.Find(name);
        Assert.NotNull(e);
        Assert.Contains(e.Key, r.Proposes);
    }

    [Theory]
    [InlineData("Recently, a Distribution Separation Method (DSM) is proposed to approximate the true relevance distribution.")] // earlier work
    [InlineData("Many systems exist. We then integrate two such systems, namely XSB and SMODELS, into one.")] // coordinated, but not introduced
    [InlineData("In this paper the technique for contrast enhancement based on discrete wavelet transform (DWT), stationary wavelet transform (SWT) and singular value decomposition (SVD) has been proposed.")] // a list inside a phrase
    [InlineData("Three algorithms namely Red Tasks Only (RTO), Blue When Possible (BWP) and Red as Late as Possible (RLP) are proposed in the literature to schedule tasks.")] // earlier work
    [InlineData("Address Resolution Protocol (ARP) is developed to find the Ethernet address of a host.")] // a known protocol, not this paper's
    [InlineData("In this paper, a novel hierarchical key management scheme based on the basic Boneh-Franklin and Diffie-Hellman (DH) algorithms is proposed.")] // inside a phrase
    [InlineData("Bayesian inference methods based on expectation-maximization (EM) have been proposed.")]
    [InlineData("In this paper, Error Vector Magnitude (EVM) is proposed to be a generic QoS metric.")] // proposed for a use
    [InlineData("We propose to use LoRA for fine-tuning LLaMA-7B.")]
    [InlineData("We propose alternatives to the cosine schedule that avoid forgetting induced by LR re-warming.")]
    [InlineData("We evaluate SparseGPT and Wanda on OPT-13B.")]
    [InlineData("We introduce two techniques to improve GPT-2, replacing dot-product attention.")]
    [InlineData("We propose LLM-based ranking, which reads user histories.")]
    [InlineData("We present a FooBar implementation of the solver that runs on GPUs.")]
    [InlineData("This paper introduces an efficient fine-tuning method for large models, offering strong in-distribution (ID) and out-of-distribution (OOD) performance.")]
    [InlineData("We present Eckhoff (1999) results on the Navigation II task.")]
    [InlineData("The stable set polytope of a graph G, denoted as STAB(G), is the convex hull of all incidence vectors.")]
    [InlineData("In this paper, we introduce multi-dimensional (MD) SC codes with better thresholds.")]
    [InlineData("We propose a simple method, a technique for pruning.")]
    [InlineData("We do so using two worst-case optimal engines: (1) LogicBlox, a commercial database engine, and (2) a prototype.")]
    [InlineData("We compare our approach to recently introduced MatchNet and DeepCompare.")]
    [InlineData("Our contributions include: (1) we evaluate Low-Rank Adaptation (LoRA) on new tasks; (2) an analysis of errors.")]
    [InlineData("We present Bayesian models of user behaviour and Markovian models of traffic.")]
    [InlineData("We develop Markov models for the channel.")]
    [InlineData("In this work we present the results of investigating the acceleration of a particular atmospheric model, Flexpart, on FPGAs.")]
    [InlineData("This study proposes two variants: a fast one and a slow one.")]
    [InlineData("This study proposes a PSO and Pattern Search based memetic algorithm.")]
    [InlineData("We fine-tune with a popular method called LoRA.")]
    [InlineData("We propose to learn attributes using a recently introduced database, called AVA, which contains images.")]
    [InlineData("The chip contains an amplifier, a 12-bit SAR ADC, a novel QRS detector and memory.")]
    [InlineData("We design models based off T5-Base and T5-Large to obtain up to 7x increases in pre-training speed.")]
    [InlineData("We introduce a new class of problems termed \"locked\" and study them.")]
    [InlineData("We use a technique termed \"masking\" from prior work.")]
    [InlineData("We study a property of graphs, which we call strong balance, and count solutions.")]
    [InlineData("We consider two settings: (1) All nodes are observed, where the graph is known; (2) the situation model, which is latent.")]
    [InlineData("We propose an Intelligent Management System which monitors the vehicle.")]
    [InlineData("We compare with an existing method called homogeneous and heterogeneous propagation.")]
    [InlineData("In GNMF, an affinity graph is constructed from the original data space to encode the geometrical information.")]
    [InlineData("We develop an alternating direction method of multipliers (ADMM) algorithm for solving l1 regularized MPC.")]
    [InlineData("This paper presents a genetic algorithm (GA) based approach for task scheduling in multi-cloud environments.")]
    [InlineData("In this contribution, we develop a solution based upon Gaussian belief propagation (GaBP) that does not involve direct matrix inversion.")]
    [InlineData("We present a framework using the Tensor Train decomposition (TT) to accurately and efficiently solve volume integral equations.")]
    [InlineData("This paper presents a novel algorithm, based upon the dependent Dirichlet process mixture model (DDPMM), for clustering batch-sequential data.")]
    [InlineData("In this work we propose to use a statistical shape model (SSM) as a prior for surface reconstruction.")]
    [InlineData("Alice sends a message to a receiver, hereafter referred to as Bob, over a noisy channel.")]
    [InlineData("In [3] the authors proposed a new aggregate signature scheme referred to as MTA-OTIBAS, which we attack.")]
    [InlineData("We provide two variants: Adam for speed and SGD for generalization.")]
    [InlineData("The CG is considerably dependent on initial weights, so a metaheuristic algorithm, the so-called Modified Cuckoo Search, is applied.")]
    [InlineData("Previously in 2014, we proposed the Nearest Descent (ND) method. Now, in this paper, we propose a method for clustering.")]
    [InlineData("Recently we introduced ASKIT, a new method for approximating a kernel matrix. Here we present a direct solver.")]
    [InlineData("League of Legends uses a crowdsourcing platform called the Tribunal to judge players.")]
    [InlineData("This paper studies SCE in terms of adaptive filtering theory, which is often termed as adaptive channel estimation (ACE).")]
    [InlineData("We formulate and prove a quantum Shannon-McMillan theorem.")]
    [InlineData("In this paper, we propose a linear programming (LP)-based rounding algorithm.")]
    [InlineData("We propose a novel non-linear extension to the Orienteering Problem (OP) for routing.")]
    [InlineData("Unlike SVRG, our method can be applied in the mini-batch setting.")]
    [InlineData("We integrate uIP into the NSC, our chosen approach.")]
    [InlineData("We present an efficient classical algorithm for training deep Boltzmann machines (DBMs) that uses rejection sampling.")]
    [InlineData("A new classifier for Polarimetric SAR (PolSAR) images is proposed.")]
    [InlineData("In this paper, a new joint successive cancellation (SC) decoding algorithm is proposed.")]
    [InlineData("The simulation results show that our proposed IA designs outperform the conventional IA designs.")]
    [InlineData("The recently proposed Minimal Complexity Machine (MCM) finds a hyperplane classifier. In this paper, we describe a neural network that converges to the MCM solution. The proposed MCM dynamical system is conducive to hardware.")]
    [InlineData("Moreover, we perform an in-depth comparison of the proposed DCS based approach against a state-of-the-art one.")]
    [InlineData("We introduce two natural extensions of the classical Gaussian process upper confidence bound (GP-UCB) algorithm.")]
    [InlineData("In this paper, we propose a novel method for fast face recognition called L1/2 Regularized Sparse Representation using Hierarchical Feature Selection.")]
    [InlineData("To this end, the proposed algorithm, SUs can cooperate in a distributed manner.")]
    [InlineData("Using the new algorithm, PROMETHEE can scale up to millions of tuples.")]
    [InlineData("We call the result of LoRA fine-tuning a low-rank update.")]
    [InlineData("In this paper, we propose the Markov chain Monte Carlo (MCMC) method for lattice Gaussian sampling when this condition is not satisfied.")] // a known technique put to a use
    [InlineData("We introduce non-negative matrix factorization (NMF) as a simple and efficient way to cluster large numbers of manuscripts.")]
    [InlineData("As a consequence, we propose locality sensitive hashing (LSH) methods to overcome these challenges.")]
    [InlineData("This paper presents a new analysis of Stochastic Dual Coordinate Ascent (SDCA) showing that this class of methods enjoy strong guarantees.")] // studied, not introduced
    [InlineData("We present an approach for extracting convolutional features from different layers of the networks, and adopt VLAD encoding to encode features into a single vector.")] // what a verb of use takes
    [InlineData("In this work, we present a new SDP formulation for BQPs, with two desirable properties.")] // a known name qualifying a plain noun, after adjectives
    [InlineData("In this paper, we present a novel MAC protocol for wireless LANs.")]
    [InlineData("We introduce an efficient message passing scheme for solving Constraint Satisfaction Problems (CSPs), which uses stochastic perturbation.")] // the problem it serves
    [InlineData("This paper presents a technique for reducing speckle in Polarimetric Synthetic Aperture Radar (PolSAR) imagery using Nonlocal Means.")] // the setting
    [InlineData("In this paper, we present performance evaluation and analytical comparison of three widely used port knocking (PK) algorithms, Aldaba, FWKNOP and SIG-2.")]
    [InlineData("By caching a portion of the video files at the relays using a novel MDS-coded random cache scheme, the base station (BS) and RSs opportunistically employ CoMP.")] // the clause's subject after a fronted phrase
    [InlineData("Finally, we compare the proposed method with the methods such as Clustering-Launched Classification (CLC), Support Vector Machine (SVM) as well as GA+SVM.")] // what "the proposed method" is compared with
    [InlineData("In this paper we describe the design and implementation of the Prolog interface to the Unstructured Information Management Architecture (UIMA).")] // "the design": a noun, no verb of introduction
    [InlineData("We develop an efficient EM algorithm to fit the model.")] // praise alone makes no variant
    [InlineData("We propose a procedure extending stochastic gradient descent to Riemannian manifolds.")] // a verb, not a modifier
    [InlineData("We present a polynomial time dynamic programming algorithm for the problem.")] // its cost, not its name
    [InlineData("To tackle the interference problem, a Rate-Splitting (RS) approach has been proposed recently, which splits one user's message.")] // earlier work, said after the verb
    [InlineData("A Parallel Cellular Automata (PCA) method has been proposed [12] for the same task.")] // cited
    [InlineData("Our experiments on homogeneous charge compression ignition (HCCI) engines show the gain.")] // not right after "our"
    [InlineData("Additionally, our Frequency Ring Correlation (FRC) analysis reveals a remarkable resolution of 5.62 m.")] // what is measured
    [InlineData("We refer to this problem as the Lipschitz MAB problem.")] // a problem is no technique
    [InlineData("In addition, we develop both a bi-convex maximum-likelihood and a Bayesian solution to the resulting SPARse Factor Analysis (SPARFA) problem.")] // a problem is no technique
    [InlineData("Assuming a mobile user connects to the strongest BS, the resulting Signal-to-Interference-plus-Noise-Ratio (SINR) is greater than 1.")]
    [InlineData("In particular, we show that with a new learning scheme, CL can provide exponentially shorter proofs than general resolution.")] // the name opens a clause
    [InlineData("We use a new language, Rust, that provides us a similar level of control to C++.")] // used, not made
    [InlineData("Extensive evaluation results indicate that our scheme C2 IL provides accurate localization.")] // a name cut short
    [InlineData("For the latter part, we propose an efficient 2D-to-3D alignment method that associates the image appearance with the 3D model geometry.")] // no name after a digit's letters ("to-3D")
    [InlineData("All practical OFDM systems require a prefix to eliminate inter-symbol interference at the receiver. In this paper we construct an OFDM system with a generalized CP.")] // a class of systems named before
    [InlineData("Existing ASCE methods ignore the time variation of the channel. In this paper, we propose a novel ASCE method for time-variant channels.")]
    [InlineData("To exploit this structure, a framework, called block sparse Bayesian learning (BSBL), has been proposed recently.")] // dated: earlier work
    [InlineData("Relatively recently, declarative rules called \"matching dependencies\" (MDs) have been proposed for specifying similarity conditions.")]
    [InlineData("A class of rate 1/2 COD called balanced complex orthogonal design (BCOD) has been proposed by Adams et al.")]
    [InlineData("This thesis expands upon an existing system called Golondrina that performs autonomic workload management.")] // 1310.3309: a name given to what exists already
    [InlineData("We adapt a previous technique called isoGRASP to our problem setting.")] // 1512.09090
    [InlineData("In this work we propose a roadmap towards the analytical understanding of Device-to-Device (D2D) communications in LTE-A networks.")] // 1405.6689: a term of the field, not a coinage
    [InlineData("We call this problem the influence blocking maximization (IBM) problem.")] // 1110.4723: a problem named, no technique
    [InlineData("Recently, a novel hybrid approximate linear programming (HALP) framework was shown to permit efficient solutions; we study its limits.")] // earlier work after "a novel"
    [InlineData("Medium access control (MAC) protocol design is hard. We study the medium access control (MAC) protocol of ad hoc networks.")] // a layer's protocol, no technique's name
    [InlineData("We consider transmission over the binary erasure channel and present results for a variety of regular SC-LDPC code ensembles constructed using protographs.")] // 1411.4373: "and present results" introduces nothing
    [InlineData("We develop a novel retrieval module that dynamically determines the preferable units of retrieval, which we call \"Coherent Retrieval Elements\".")] // cs/0507070: units, not a technique
    [InlineData("We study a class of games that we call Lyapunov games, for which the payoff is bounded.")] // a class of problems, not a technique
    [InlineData("We propose a method based on real-time dynamic programming (RTDP) to speed up two model-based algorithms, RMAX and MBIE (model-based interval estimation), resulting in much faster algorithms.")] // 1206.6870: what the method speeds up is a base
    [InlineData("Results show that our technique can achieve 83% and 79% accuracy disaggregating fridge and heating loads, compared to 74% and 73% for a technique called FHMM.")] // 1511.02900: what the comparison sets it against
    [InlineData("In addition, our processor outperforms an experimental VLIW architecture named VEX even in its 16-wide configuration.")] // 1403.6632
    [InlineData("Finally, we have proposed a short PHY layer version of acknowledgment frames for overhead reduction in IEEE 802.11ah communications.")] // 1301.4691: a layer
    [InlineData("To improve the robustness of subband adaptive filter (SAF) against impulsive interferences, we propose two modified SAF algorithms with an individual scale function for each subband.")] // 1512.05338: what the new ones modify
    [InlineData("Swarm Quantum-like Particle Optimization (SQPO) algorithms have been derived before. In this paper, we propose a new SQPO that uses a Gaussian field.")] // 1311.0598
    [InlineData("In this work we propose an approximate Minimum Mean-Square Error (MMSE) filter for linear dynamic systems with Gaussian mixture noise.")] // 1404.3638: a classical estimator
    [InlineData("We measured the following software products with our tool: JBoss, JOnAS, GlassFish, Tapestry and Echo2.")] // 1003.1399: what the tool met
    [InlineData("To solve this sequence of incrementally constructed QBFs, we use our general-purpose incremental QBF solver DepQBF.")] // 1405.7253: the authors' tool, used
    [InlineData("The Minimum Message Length (MML) is a solid approach to evaluate theories. In this work, we present the first general MML coding scheme for logic programs.")] // 1210.5974: letters a list knows, spelled out as existing
    [InlineData("Entity detection and tracking (EDT) is the task of identifying textual mentions. We develop a new joint EDT model.")] // 0907.0807
    public void UsedNamesAreNotProposed(string text)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.Empty(r.Proposes);
    }

    [Fact]
    public void StoplistedLettersThatOpenALongerNameAreNotProposed()
    {
        // 1406.1078: "RNN" (a generic class) only opens the name the naming word gives.
        var r = EntityTestKit.Recognize("In this paper, we propose a novel neural network model called RNN Encoder-Decoder that consists of two recurrent neural networks.");

        Assert.DoesNotContain(r.Proposes, p => p.EndsWith(":rnn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wi-Fi & WiMAX: A Comparative Study", "Wireless networking has offered us an alternative: Wi-Fi and WiMAX are compared here.")] // 1302.2247: a comparison of existing names
    [InlineData("DL-PA and DCL-PC: model checking and satisfiability problem are indeed in PSPACE", "We prove that model checking of both Dynamic Logic of Propositional Assignments DL-PA and Coalition Logic DCL-PC is in PSPACE.")] // 1411.7825: names studied, not introduced
    public void TitlePairsOfStudiedNamesAreNotProposed(string title, string text)
    {
        var r = EntityTestKit.Recognize(text, title);

        Assert.Empty(r.Proposes);
    }

    [Theory]
    [InlineData("The two complementary problems are called MaxAgree and MinDisagree, respectively.", "MinDisagree")] // no sentence of introduction
    [InlineData("Recently, Su and Dy proposed two hierarchical initialization methods named Var-Part and PCA-Part.", "PCA-Part")] // earlier work
    public void NamesCoordinatedOutsideAnIntroductionAreNotProposed(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        Assert.DoesNotContain(r.Proposes, k => r.Find(name) is { } e && e.Key == k);
    }

    [Theory]
    [InlineData("Two-stage coordination multi-radio multi-channel mac protocol for wireless mesh networks", "To alleviate this problem, this paper proposes a two-stage coordination multi-radio multi-channel MAC (TSC-M2MAC) protocol that designates all available channels as control channels.", "MAC")] // 1108.1341: a layer
    public void LayersAreNotProposed(string title, string text, string name)
    {
        var r = EntityTestKit.Recognize(text, title);

        Assert.DoesNotContain(r.Proposes, k => k.EndsWith(":" + name.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Continual Learning: A Survey of Methods", "We survey continual learning methods and benchmarks.")]
    [InlineData("One QuantLLM for ALL: Fine-tuning Quantized LLMs Once", "We fine-tune quantized LLMs once for efficient deployment.")]
    [InlineData("Robot Companions: Notes on Care", "We describe how robots help the elderly at home.")]
    [InlineData("Discussion: On Learning Rates", "Discussion of the learning rate choice in deep networks.")]
    [InlineData("Consistent Layout for Thematic Software Maps", "We propose a consistent layout for software maps in which the position of a software artifact reflects its development history.")]
    [InlineData("Multi-Round Contention in Wireless LANs with Multipacket Reception", "In this paper, we propose novel multi-round contention random-access protocol to address this issue.")]
    [InlineData("Partial Transfer Entropy on Rank Vectors", "We propose a measure, called partial transfer entropy on ranks, and investigate its properties.")]
    [InlineData("An Efficient Genetic Programming System with Geometric Semantic Operators", "Very recently new genetic operators, called geometric semantic operators, have been defined for genetic programming.")]
    [InlineData("Blind Detection and Compensation of Camera Lens Geometric Distortions", "This paper presents blind detection and compensation of lens distortions.")]
    [InlineData("Beyond Maximum Likelihood: from Theory to Practice", "For learning tree-structured graphical models, our approach achieves a significant reduction of the required data size compared with the classical Chow-Liu algorithm.")]
    [InlineData("Memory Matters: Convolutional Recurrent Neural Network for Scene Text Recognition", "The results demonstrate the superiority of the proposed method over traditional HMM based methods.")]
    [InlineData("Cooperative oligopoly games: a probabilistic approach", "We study cooperative oligopoly games with a probabilistic approach.")] // 1107.3197: a vague kind after a phrase names the problem
    [InlineData("Feedback from nature: an optimal distributed algorithm for maximal independent set selection", "We give a distributed algorithm that is optimal.")] // 1211.0235: a phrase with a function word
    [InlineData("A New Family of Low-Complexity STBCs for Four Transmit Antennas", "We propose a new family of space-time block codes (STBCs) for four transmit antennas.")] // 1204.6564: a code family, no coinage
    [InlineData("28 GHz and 73 GHz Millimeter-Wave Indoor Propagation Measurements and Path Loss Models", "This paper presents 28 GHz and 73 GHz measurements.")] // a unit
    [InlineData("LDPC for QKD Reconciliation", "We show how LDPC codes can be used for the reconciliation step of quantum key distribution.")] // 1205.4977: a known code family
    [InlineData("Computational Sociolinguistics: A Survey", "Language is a social phenomenon. We review Computational Sociolinguistics and its methods.")] // 1508.07544: a review's area
    [InlineData("Evaluation-as-a-Service: Overview and Outlook", "Evaluation-as-a-Service is a new paradigm; we give an overview of it.")]
    [InlineData("Deep Representation of Facial Geometric and Photometric Attributes for Automatic 3D Facial Expression Recognition", "Experiments demonstrate that the proposed deep representation can outperform the widely used hand-crafted descriptors (i.e., LBP, SIFT, HOG, Gabor).")] // 1511.03015: a generic word on a noun describes
    public void TitleSlogansAndAreasAreNotProposed(string title, string text)
    {
        var r = EntityTestKit.Recognize(text, title);

        Assert.Empty(r.Proposes);
    }

    [Theory]
    [InlineData("We propose max-margin metric learning (MMML). Experiments show that MMML is comparable to PLDA.", "MMML")]
    [InlineData("In this paper, we propose Self-Transfer Learning (STL) framework to address weakly supervised localization.", "STL")]
    public void WhatAPaperIntroducesUnderItsOwnLettersIsATechniqueNotTheAreaItsExpansionEndsIn(string text, string name)
    {
        var r = EntityTestKit.Recognize(text);

        r.AssertNamed(name, EntityType.Method);
        Assert.Contains(r.Find(name)!.Key, r.Proposes);
    }

    [Fact]
    public void NamesWrittenInBareLatexAreCleanedFirst()
    {
        var r = EntityTestKit.Recognize("To bridge this gap, we propose textbf{F}inetuning-textbf{a}ligned Sequential Tuning (FaST), a simple method.");

        Assert.NotNull(r.Find("FaST"));
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("textbf", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewBenchmarkIsProposedAsADataset()
    {
        var r = EntityTestKit.Recognize("We introduce LongBenchX, a new benchmark for long-context understanding.");

        Assert.True(r.HasNamed("LongBenchX", EntityType.Dataset));
        Assert.Contains(EntityKey.For(EntityType.Dataset, "LongBenchX"), r.Proposes);
    }

    [Theory]
    [InlineData("We propose a novel way of employing dropouts in MART, resulting in the DART algorithm. We evaluate DART on ranking, regression and classification tasks, using large scale, publicly available datasets, and show that DART outperforms MART.", "DART: Dropouts meet Multiple Additive Regression Trees", "DART", EntityType.Method)]
    [InlineData("We present MESA, which combines maximum entropy with simulated annealing to find a model of the system.", "MESA: Maximum Entropy by Simulated Annealing", "MESA", EntityType.Method)]
    [InlineData("We introduce DART, a new dataset of annotated dialogue acts, and report baselines on it.", null, "DART", EntityType.Dataset)]
    public void LettersADatasetListKnowsNameWhatThePaperSaysTheyAre(string text, string? title, string name, EntityType type)
    {
        var r = EntityTestKit.Recognize(text, title);

        Assert.True(r.HasNamed(name, type));
        Assert.Contains(EntityKey.For(type, name), r.Proposes);
    }

    [Fact]
    public void ProposedEntitiesNameTheRuleThatFoundThem()
    {
        var r = EntityTestKit.Recognize("In this paper, we propose Mix-LN, a novel normalization technique.");

        Assert.Equal("coined-name", r.Find("Mix-LN")!.Origin);
    }

    [Fact]
    public void ANameCutBeforeItsPlusSignsIsNotProposed()
    {
        var r = EntityTestKit.Recognize("We propose MCMA-Net++, which improves the glioma segmentation of MCMA-Net.", "MCMA-Net++: Topology-Aware Glioma Segmentation");

        Assert.Null(r.Find("MCMA-Net") is { } cut && r.Proposes.Contains(cut.Key) ? cut : null);
    }
}
