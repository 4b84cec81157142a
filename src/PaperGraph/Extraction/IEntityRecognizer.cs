using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>Finds and resolves entities in a paper. Pure and thread-safe.</summary>
public interface IEntityRecognizer
{
    /// <summary>Recognises the entities of one paper.</summary>
    RecognizedEntities Recognize(Paper paper);
}
