// Bloom search phrase "papers comparing $a and $b": papers that state a claim between the two names.
// params: $a, $b
MATCH (x:Entity)-[c:COMPARES_AGAINST]-(y:Entity)
WHERE toLower(x.name) = toLower($a) AND toLower(y.name) = toLower($b)
MATCH (p:Paper {id: c.paper_id})
RETURN DISTINCT p.id AS id, p.title AS title, p.year AS year, p.url AS url
ORDER BY year DESC, id
