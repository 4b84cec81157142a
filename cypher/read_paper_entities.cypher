// Push/export: the entities a page of papers mention, with counts.
// params: $ids
MATCH (p:Paper)-[m:MENTIONS]->(e:Entity)
WHERE p.id IN $ids
RETURN p.id AS paper_id, e.key AS key, e.name AS name, e.type AS type, e.origin AS origin, m.count AS count,
       [a IN coalesce(e.aliases, []) WHERE a <> e.name] AS aliases,
       e.family AS family, e.version AS version, e.size AS size, e.params AS params, e.variant AS variant
ORDER BY paper_id, key
