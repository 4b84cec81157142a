// Upserts a batch of papers.
// params: $rows
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title,
    p.abstract = row.abstract,
    p.year = row.year,
    p.date = row.date,
    p.authors = row.authors,
    p.categories = row.categories,
    p.url = row.url,
    p.doi = row.doi,
    p.source = row.source
RETURN count(p) AS papers
