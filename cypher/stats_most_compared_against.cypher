// Stats: the entities most often compared against, by distinct papers.
// params: none
MATCH ()-[c:COMPARES_AGAINST]->(o:Entity)
WITH o, count(DISTINCT c.paper_id) AS papers
RETURN o.key AS key, o.name AS name, o.type AS type, papers
ORDER BY papers DESC, key
LIMIT 10
