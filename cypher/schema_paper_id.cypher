// Uniqueness of Paper.id; runs first, in its own transaction, and is a no-op when it exists.
// params: none
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE
