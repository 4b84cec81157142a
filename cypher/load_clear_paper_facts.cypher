// Re-writing a paper replaces its facts: drop its mentions, proposals and claims first.
// params: $ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})
OPTIONAL MATCH (p)-[r:MENTIONS|PROPOSES]->()
DELETE r
WITH DISTINCT id
OPTIONAL MATCH ()-[c:COMPARES_AGAINST {paper_id: id}]->()
DELETE c
