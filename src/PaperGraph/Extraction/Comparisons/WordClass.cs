namespace PaperGraph.Extraction.Comparisons;

/// <summary>The roles a word can play around a comparison; a word may have several.</summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary>Introduces a prepositional phrase: an entity after it modifies, it is not a subject.</summary>
    Preposition = 1 << 0,

    /// <summary>Determiners and possessives inside a noun phrase.</summary>
    Determiner = 1 << 1,

    /// <summary>Adverbs and auxiliaries that may stand between a subject and its verb.</summary>
    Adverb = 1 << 2,

    /// <summary>Turns a claim into its negation ("not", "fails to", "without").</summary>
    Negator = 1 << 3,

    /// <summary>Marks a claim as hedged ("can", "may", "sometimes").</summary>
    Hedge = 1 << 4,

    /// <summary>Starts a new clause ("that", "which", "while", ";").</summary>
    Boundary = 1 << 5,

    /// <summary>A clause boundary after which a participle still takes the main clause's subject.</summary>
    SoftBoundary = 1 << 6,

    /// <summary>Reporting verbs ("show", "demonstrate"): the subject of the reported claim follows them.</summary>
    Reporting = 1 << 7,

    /// <summary>Head nouns of a self-reference ("our method", "the proposed approach").</summary>
    SelfHead = 1 << 8,

    /// <summary>"and", "or".</summary>
    Coordinator = 1 << 9,

    /// <summary>Starts a list of examples that belong to the object ("such as", "including", "e.g.").</summary>
    ListIntro = 1 << 10,

    /// <summary>Ends an object noun phrase: the qualifiers (dataset, model, setting) follow.</summary>
    ObjectStop = 1 << 11,

    /// <summary>Nouns after which "of X" names the object ("the performance of X").</summary>
    OfObject = 1 << 12,

    /// <summary>Nouns that may follow a name inside its noun phrase ("models", "baselines").</summary>
    NounTail = 1 << 13,

    /// <summary>Words that evaluate the subject favourably next to "compared to" ("better", "improves").</summary>
    Favourable = 1 << 14,

    /// <summary>Words of parity ("comparable", "similar", "on par").</summary>
    Parity = 1 << 15,

    /// <summary>Words that weaken an evaluation ("minimal improvements").</summary>
    Weakener = 1 << 16,

    /// <summary>Self-referring pronouns: "we", "it".</summary>
    Pronoun = 1 << 17,

    /// <summary>"our", "the proposed", "this": a self-reference when followed by a <see cref="SelfHead"/>.</summary>
    SelfDeterminer = 1 << 18,

    /// <summary>"whether", "if": the clause states no claim.</summary>
    Conditional = 1 << 19,

    /// <summary>Nouns of measured performance ("performance", "accuracy", "results").</summary>
    PerformanceNoun = 1 << 20,

    /// <summary>Words that evaluate the subject unfavourably ("degradation", "worse").</summary>
    Unfavourable = 1 << 21,

    /// <summary>An unlisted "-ing" word ("training", "leveraging"): a gerund or a noun.</summary>
    Gerund = 1 << 22,

    /// <summary>Transitive verbs whose object is not a subject ("achieves", "provides").</summary>
    Verb = 1 << 23,

    /// <summary>Participles of producing a result ("obtained", "achieved"): "the results obtained by X".</summary>
    Producing = 1 << 24,

    /// <summary>Words that report a claim as an opinion when they open its clause ("It seems likely that …", "We conjecture that …").</summary>
    Opinion = 1 << 25,
}
