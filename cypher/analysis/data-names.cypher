// The names in Bahasa Indonesia a dataset gives its components, processes, materials, programmes,
// firms and countries (the optional name_id and description_id columns, stored as nameId and
// descriptionId).
// Used by: every route that answers in Indonesian (lang=id) on the Neo4j store, which shows these
// names instead of `name` and `description` (server/names).
// Parameters: none.
// Every country too, with or without a name_id: without one, it is called by its Indonesian name
// from its ISO code (server/names/book.ts), as the catalogue and the analyses call it.
// Columns: id; name (the Indonesian name, or null); description (the Indonesian description, or
// null); country (whether it is a country).
MATCH (n)
WHERE (n:Component OR n:Process OR n:Material OR n:Program OR n:Firm OR n:Country)
  AND (n.nameId IS NOT NULL OR n.descriptionId IS NOT NULL OR n:Country)
RETURN n.id AS id, n.nameId AS name, n.descriptionId AS description, n:Country AS country
ORDER BY id
