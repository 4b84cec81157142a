// Entity card: other models of the same family (sized variants).
// params: $key, $family
MATCH (v:Model)
WHERE v.family = $family AND v.key <> $key
RETURN v.key AS key, v.name AS name, v.type AS type
ORDER BY v.params, v.name
LIMIT 50
