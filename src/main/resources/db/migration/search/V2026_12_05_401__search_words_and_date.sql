-- The newest matches of a query are found in one index on the words and the date together, so that a common word is
-- looked up among the recent entries, instead of reading entries newest first and testing each one (which read tens
-- of thousands of entries for a rare combination of common words). btree_gin lets a GIN index hold the date; it is a
-- trusted extension, so a database owner may create it on an external server too. The index on the words alone is
-- then no longer needed: the combined one answers a query on the words alone as well.
create extension if not exists btree_gin;
create index search_entry_document_date on search_entry using gin (document, happened_at);
drop index search_entry_document;
