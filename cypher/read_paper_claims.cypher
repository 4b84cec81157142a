// Push/export: the claims of a page of papers, in the order they were stated.
// params: $ids
MATCH (s:Entity)-[c:COMPARES_AGAINST]->(o:Entity)
WHERE c.paper_id IN $ids
MATCH (p:Paper {id: c.paper_id})
RETURN s.key AS subject_key, s.name AS subject_name, s.type AS subject_type,
       o.key AS object_key, o.name AS object_name, o.type AS object_type,
       c.outcome AS outcome, p.id AS paper_id, p.title AS paper_title, p.year AS paper_year, p.url AS paper_url,
       c.evidence AS evidence, c.span_start AS span_start, c.span_length AS span_length,
       c.metric AS metric, c.dataset AS dataset, c.on_model AS on_model, c.margin AS margin,
       c.hedged AS hedged, c.margin_value AS margin_value, c.margin_unit AS margin_unit
ORDER BY paper_id, c.ordinal
