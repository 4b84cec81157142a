// Push/export: one page of papers, in id order after $after.
// params: $after, $limit
MATCH (p:Paper)
WHERE p.id > $after
RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.authors AS authors, p.date AS date,
       p.categories AS categories, p.url AS url, p.doi AS doi, p.source AS source
ORDER BY id
LIMIT $limit
