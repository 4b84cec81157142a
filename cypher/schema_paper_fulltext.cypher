// Full-text search over paper titles and abstracts.
// params: none
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]
