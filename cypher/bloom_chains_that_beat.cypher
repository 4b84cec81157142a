// Bloom search phrase "chains that beat $name": A > B > $name over unhedged "outperforms" claims, up to three hops.
// params: $name
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name)
MATCH path = (:Entity)-[:COMPARES_AGAINST*1..3]->(x)
WHERE all(r IN relationships(path) WHERE r.outcome = 'outperforms' AND r.hedged = false)
RETURN path
LIMIT 200
