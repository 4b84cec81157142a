// Name lookup: the normalised name (case, spaces, hyphens ignored), as `papergraph show NAME` asks.
// params: none
CREATE INDEX entity_norm IF NOT EXISTS FOR (e:Entity) ON (e.norm)
