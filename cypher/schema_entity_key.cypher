// Uniqueness of Entity.key (the corpus-wide "type:normalised-name" identity).
// params: none
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE
