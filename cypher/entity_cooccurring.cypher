// Entity card: entities of one type (by key prefix, e.g. "dataset:") mentioned alongside the entity.
// params: $key, $prefix
MATCH (:Entity {key: $key})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(other:Entity)
WHERE other.key STARTS WITH $prefix
WITH other, count(p) AS papers
RETURN other.key AS key, other.name AS name, other.type AS type, papers
ORDER BY papers DESC, key
LIMIT 10
