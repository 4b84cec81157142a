// Stats: the entities that most often outperform others, by distinct papers.
// params: none
MATCH (s:Entity)-[c:COMPARES_AGAINST {outcome: 'outperforms'}]->()
WITH s, count(DISTINCT c.paper_id) AS papers
RETURN s.key AS key, s.name AS name, s.type AS type, papers
ORDER BY papers DESC, key
LIMIT 10
