// Upserts comparison claims; (paper_id, ordinal) identifies a claim, so a re-push changes nothing.
// params: $rows
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[c:COMPARES_AGAINST {paper_id: row.paper, ordinal: row.ordinal}]->(o)
SET c.outcome = row.outcome,
    c.evidence = row.evidence,
    c.span_start = row.span_start,
    c.span_length = row.span_length,
    c.metric = row.metric,
    c.dataset = row.dataset,
    c.on_model = row.on_model,
    c.margin = row.margin,
    c.margin_value = row.margin_value,
    c.margin_unit = row.margin_unit,
    c.hedged = row.hedged
RETURN count(c) AS claims
