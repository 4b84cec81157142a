// Upserts a batch of Dataset entities; aliases accumulate across papers and never repeat.
// params: $rows
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.name = row.name, e.origin = row.origin, e.norm = row.norm
SET e:Dataset,
    e.type = 'Dataset',
    e.family = row.family,
    e.version = row.version,
    e.size = row.size,
    e.params = row.params,
    e.variant = row.variant,
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.norms = reduce(acc = coalesce(e.norms, []), n IN row.norms | CASE WHEN n IN acc THEN acc ELSE acc + n END)
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
RETURN count(e) AS entities
