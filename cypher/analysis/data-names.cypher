// The names in Bahasa Indonesia a dataset gives its components, processes, materials, programmes,
// firms and countries (the optional name_id and description_id columns, stored as nameId and
// descriptionId).
// Used by: every route that answers in Indonesian (lang=id) on the Neo4j store, which shows these
// names instead of `name` and `description` (server/names).
// Parameters: none.
// Columns: id; name (the Indonesian name, or null); description (the Indonesian description, or null).
MATCH (n)
WHERE (n:Component OR n:Process OR n:Material OR n:Program OR n:Firm OR n:Country)
  AND (n.nameId IS NOT NULL OR n.descriptionId IS NOT NULL)
RETURN n.id AS id, n.nameId AS name, n.descriptionId AS description
ORDER BY id
