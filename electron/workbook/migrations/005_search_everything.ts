/**
 * Schema version 5: one search over every text of the workbook. The index
 * becomes trigram, so a word is found inside a Norwegian compound («gruppe B»
 * in «Prosjektgruppe B»), and each record's document gains the text of the
 * records searched through it (electron/workbook/searchDocuments.ts). The
 * documents are composed in code, not SQL, so this only empties the index and
 * asks for a rebuild, which `migrate` runs after the last migration, against
 * the tables as they are then. Frozen once released, like 001.
 */
export const MIGRATION_005_SEARCH_EVERYTHING = `
DROP TABLE search_index;
DELETE FROM search_doc;
-- aliases: words that find a record but are not shown in its excerpt (the English names of a person's roles).
CREATE VIRTUAL TABLE search_index USING fts5(title, body, aliases, tokenize = 'trigram remove_diacritics 1');
INSERT OR REPLACE INTO meta (key, value) VALUES ('search_rebuild', '1');
`;
