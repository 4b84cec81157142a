namespace PaperGraph.Export;

/// <summary>The type of an exported property, as each format declares it.</summary>
public enum PropertyKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>32-bit integer.</summary>
    Int,

    /// <summary>64-bit integer.</summary>
    Long,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A list of strings.</summary>
    StringArray,
}
