-- Danish compounds are found by their parts through trigrams over the list of words the index holds; pg_trgm is a
-- trusted extension, so a database owner may create it on an external server too.
create extension if not exists pg_trgm;

-- The names of an entry's themes, searchable like its title.
alter table search_entry add column tags text not null default '';
alter table search_entry drop column document;
alter table search_entry add column document tsvector generated always as (
    setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('danish', tags), 'A') || setweight(to_tsvector('english', tags), 'A') ||
    setweight(to_tsvector('danish', body), 'B') || setweight(to_tsvector('english', body), 'B')) stored;
alter table search_entry alter column document set storage main;
create index search_entry_document on search_entry using gin (document);

-- Every word (lexeme) the index has held, so that a word of a query can be matched against the words it is part of
-- ("vand" in "spildevand"). A word whose entries are gone stays: it only widens a query by a word that finds nothing.
create table search_word (
    word text primary key
);
create index search_word_trigrams on search_word using gin (word gin_trgm_ops);
insert into search_word (word) select word from ts_stat('select document from search_entry') on conflict do nothing;
