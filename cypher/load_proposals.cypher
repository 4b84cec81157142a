// Links papers to the entities they introduce.
// params: $rows
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.key})
MERGE (p)-[r:PROPOSES]->(e)
RETURN count(r) AS proposals
