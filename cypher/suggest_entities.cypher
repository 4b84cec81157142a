// Candidates for "did you mean": normalised names of similar length (the client ranks them by edit distance).
// params: $lo, $hi
MATCH (e:Entity)
UNWIND e.norms AS norm
WITH e, norm
WHERE size(norm) >= $lo AND size(norm) <= $hi
RETURN norm, e.key AS key, e.name AS name, e.type AS type
