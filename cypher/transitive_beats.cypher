// Chains A > B > ... > X of unhedged "outperforms" claims ending at $key, at most $depth hops (up to 6),
// never revisiting an entity. For users and Bloom; the CLI walks the same edges level by level (winners_of).
// params: $key, $depth, $limit
MATCH path = (a:Entity)-[:COMPARES_AGAINST*2..6]->(x:Entity {key: $key})
WHERE length(path) <= $depth
  AND all(r IN relationships(path) WHERE r.outcome = 'outperforms' AND r.hedged = false)
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
RETURN [n IN nodes(path) | n.name] AS chain,
       [r IN relationships(path) | r.paper_id] AS papers,
       [r IN relationships(path) | r.evidence] AS evidence
ORDER BY length(path), chain
LIMIT $limit
