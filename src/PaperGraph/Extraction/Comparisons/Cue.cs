namespace PaperGraph.Extraction.Comparisons;

/// <summary>The comparative construction a cue word may start; its neighbours decide whether it does.</summary>
internal enum Cue : byte
{
    None,

    /// <summary>outperform, surpass, beat, exceed: subject wins over the object (passive with "by" reverses).</summary>
    Outperform,

    /// <summary>underperform: the object wins.</summary>
    Underperform,

    /// <summary>improve(s)/improvement(s)/gain(s)/advantage(s) + over/upon.</summary>
    ImproveOver,

    /// <summary>A favourable comparative + than (better, higher, faster, more accurate); superior to.</summary>
    Comparative,

    /// <summary>An unfavourable comparative + than/to (worse than, inferior to): the object wins.</summary>
    WorseComparative,

    /// <summary>lag(s) behind: the object wins.</summary>
    Lag,

    /// <summary>fall(s) short of: the object wins.</summary>
    FallShort,

    /// <summary>comparable to/with, comparably to.</summary>
    ComparableTo,

    /// <summary>on par with.</summary>
    Par,

    /// <summary>competitive with/to/against.</summary>
    Competitive,

    /// <summary>rival(s), match(es): parity with the object that follows.</summary>
    ParityVerb,

    /// <summary>reaches / attains the performance (accuracy, …) of X: parity.</summary>
    ReachOf,

    /// <summary>similar … to (with a performance noun), performs similarly to.</summary>
    Similar,

    /// <summary>compare(d/s), comparing: either "we compare X with Y" or "compared to Y".</summary>
    Compare,

    /// <summary>comparison of/between X and Y; in comparison to Y.</summary>
    Comparison,

    /// <summary>X versus/vs. Y.</summary>
    Versus,

    /// <summary>relative to Y.</summary>
    Relative,

    /// <summary>preferred over/to Y.</summary>
    Preferred,

    /// <summary>superiority of X over Y.</summary>
    Superiority,

    /// <summary>a fraction / N percent of the time, cost or memory of Y: a saving over Y ("%" is handled as this cue too).</summary>
    Fraction,

    /// <summary>as good as, performs as well as.</summary>
    AsGoodAs,

    /// <summary>the performance similarity/gap/difference of/between X and Y: a comparison stated as a noun.</summary>
    Contrast,
}
