-- Keys of those who find an entry besides the ones its visibility lets in, for content whose readers a module decides
-- case by case (the caseworkers of a consultation's responses). Matched against the keys the modules grant the person
-- searching; empty for everything else.
alter table search_entry add column readers text[] not null default '{}';
