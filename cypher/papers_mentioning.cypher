// Survey inputs: papers that mention every one of the entities.
// params: $keys
MATCH (p:Paper)-[:MENTIONS]->(e:Entity)
WHERE e.key IN $keys
WITH p, count(DISTINCT e) AS found
WHERE found = size($keys)
RETURN p.id AS id, p.title AS title, p.year AS year, p.url AS url
ORDER BY year DESC, id
LIMIT 1000
