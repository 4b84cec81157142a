// Entity card: the entity itself with its aliases, model structure and paper count.
// params: $key
MATCH (e:Entity {key: $key})
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(e)
WITH e, count(p) AS papers
RETURN e.key AS key, e.name AS name, e.type AS type, e.origin AS origin,
       [a IN coalesce(e.aliases, []) WHERE a <> e.name] AS aliases,
       e.family AS family, e.version AS version, e.size AS size, e.params AS params, e.variant AS variant,
       papers
