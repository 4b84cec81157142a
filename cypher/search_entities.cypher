// Full-text search over entity names and aliases (Lucene syntax), best matches first.
// params: $query, $limit
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.key AS key, node.name AS name, node.type AS type, score
ORDER BY score DESC
LIMIT $limit
