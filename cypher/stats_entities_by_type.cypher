// Stats: entities per type.
// params: none
MATCH (e:Entity)
RETURN e.type AS type, count(e) AS entities
