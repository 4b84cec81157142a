// Bloom search phrase "papers comparing $a and $b": the claims between the two, and the papers that state them.
// params: $a, $b
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a)
MATCH (y:Entity)
WHERE toLower(y.name) = toLower($b)
MATCH claim = (x)-[c:COMPARES_AGAINST]-(y)
MATCH (p:Paper {id: c.paper_id})
MATCH mentions = (p)-[:MENTIONS]->(e:Entity)
WHERE e = x OR e = y
RETURN claim, mentions
