// Bloom search phrase "entities that beat $name": the winners of unhedged or hedged "outperforms" claims, as paths.
// params: $name
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR toLower($name) IN [a IN coalesce(x.aliases, []) | toLower(a)]
MATCH path = (:Entity)-[c:COMPARES_AGAINST {outcome: 'outperforms'}]->(x)
RETURN path
