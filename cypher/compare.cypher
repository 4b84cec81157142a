// Every claim between two entities, both directions.
// params: $a, $b
MATCH (s:Entity)-[c:COMPARES_AGAINST]->(o:Entity)
WHERE (s.key = $a AND o.key = $b) OR (s.key = $b AND o.key = $a)
MATCH (p:Paper {id: c.paper_id})
RETURN s.key AS subject_key, s.name AS subject_name, s.type AS subject_type,
       o.key AS object_key, o.name AS object_name, o.type AS object_type,
       c.outcome AS outcome, p.id AS paper_id, p.title AS paper_title, p.year AS paper_year, p.url AS paper_url,
       c.evidence AS evidence, c.span_start AS span_start, c.span_length AS span_length,
       c.metric AS metric, c.dataset AS dataset, c.on_model AS on_model, c.margin AS margin,
       c.hedged AS hedged, c.margin_value AS margin_value
ORDER BY paper_year DESC, paper_id, c.ordinal
LIMIT 2000
