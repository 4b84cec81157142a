// Looks a name up by its normalised form (name or any alias); the most mentioned entity wins a tie.
// params: $norm
MATCH (e:Entity)
WHERE e.norm = $norm OR $norm IN e.norms
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(e)
WITH e, count(p) AS papers
RETURN e.key AS key, e.name AS name, e.type AS type
ORDER BY papers DESC, key
LIMIT 1
