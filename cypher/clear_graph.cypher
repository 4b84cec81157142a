// Deletes every paper and entity with their relationships, in batches of its own transactions.
// CALL { … } IN TRANSACTIONS is allowed only in an implicit transaction: the client sends it alone.
// params: none
MATCH (n)
WHERE n:Paper OR n:Entity
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
