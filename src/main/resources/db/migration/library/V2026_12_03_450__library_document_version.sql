-- A document counts its saves, so that a save made on an outdated copy is refused instead of overwriting a colleague.
alter table library_document add column version integer not null default 1;
