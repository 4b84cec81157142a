// Entity card: papers that mention the entity most.
// params: $key
MATCH (p:Paper)-[m:MENTIONS]->(:Entity {key: $key})
RETURN p.id AS id, p.title AS title, p.year AS year, p.url AS url
ORDER BY m.count DESC, year DESC
LIMIT 20
