// Sized variants point at their family's model (LLaMA-2-13B -> LLaMA) when the family is in the graph.
// params: $rows
UNWIND $rows AS row
MATCH (v:Model {key: row.key})
MATCH (f:Model {key: row.family})
WHERE v <> f
MERGE (v)-[r:VARIANT_OF]->(f)
RETURN count(r) AS variants
