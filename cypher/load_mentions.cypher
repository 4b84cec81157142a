// Links papers to the entities they mention, with the mention count.
// params: $rows
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.key})
MERGE (p)-[m:MENTIONS]->(e)
SET m.count = row.count
RETURN count(m) AS mentions
