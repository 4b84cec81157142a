// Bloom search phrase "show $name": the entity, the papers that propose or mention it, and its claims.
// params: $name
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name)
OPTIONAL MATCH papers = (:Paper)-[:PROPOSES|MENTIONS]->(x)
OPTIONAL MATCH claims = (x)-[:COMPARES_AGAINST]-(:Entity)
RETURN x, collect(DISTINCT papers) AS papers, collect(DISTINCT claims) AS claims
