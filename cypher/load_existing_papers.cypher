// Which of a batch's papers the graph already holds (to count the new ones).
// params: $ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id
