// Bloom search phrase "papers of $year and what they propose": papers of one year with the entities they introduce.
// params: $year
MATCH path = (p:Paper)-[:PROPOSES]->(:Entity)
WHERE p.year = $year
RETURN path
LIMIT 300
