/**
 * Schema version 14: the search index keeps no copy of the texts it indexes
 * (issue 15). Every text was stored three times: in its record, in the change
 * log and in the FTS5 table's own content. A contentless table with
 * `contentless_delete` (SQLite 3.43) keeps only the index; the search reads
 * the few hits' texts from their records (electron/workbook/searchIndex.ts),
 * and a changed record's old entry is dropped by its rowid without
 * re-reading and re-tokenising its old text, which was most of a bulk edit's
 * search cost. The index is rebuilt from the tables on open. Frozen once
 * released, like 001.
 */
export const MIGRATION_014_CONTENTLESS_SEARCH = `
DROP TABLE search_index;
DELETE FROM search_doc;
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body, aliases,
  tokenize = 'trigram remove_diacritics 1',
  content = '', contentless_delete = 1
);
INSERT OR REPLACE INTO meta (key, value) VALUES ('search_rebuild', '1');
`;
