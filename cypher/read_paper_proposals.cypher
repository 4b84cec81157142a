// Push/export: what a page of papers propose.
// params: $ids
MATCH (p:Paper)-[:PROPOSES]->(e:Entity)
WHERE p.id IN $ids
RETURN p.id AS paper_id, e.name AS name
ORDER BY paper_id, name
