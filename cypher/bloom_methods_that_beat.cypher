// Bloom search phrase "methods that beat $name": Method winners only, as paths.
// params: $name
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR toLower($name) IN [a IN coalesce(x.aliases, []) | toLower(a)]
MATCH path = (:Method)-[c:COMPARES_AGAINST {outcome: 'outperforms'}]->(x)
RETURN path
