// Entity card: papers that introduce the entity.
// params: $key
MATCH (p:Paper)-[:PROPOSES]->(:Entity {key: $key})
RETURN p.id AS id, p.title AS title, p.year AS year, p.url AS url
ORDER BY year, id
LIMIT 20
