// Bloom search phrase "what $name beats": the losers of $name's "outperforms" claims, as paths.
// params: $name
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR toLower($name) IN [a IN coalesce(x.aliases, []) | toLower(a)]
MATCH path = (x)-[c:COMPARES_AGAINST {outcome: 'outperforms'}]->(:Entity)
RETURN path
