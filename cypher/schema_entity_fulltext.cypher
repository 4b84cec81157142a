// Full-text search over names and aliases, for Bloom's search bar and fuzzy lookups.
// params: none
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
