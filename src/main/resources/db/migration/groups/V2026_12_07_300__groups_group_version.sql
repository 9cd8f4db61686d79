-- A group counts the saves of its form, so that a save made on an outdated copy is refused instead of overwriting a
-- colleague.
alter table groups_group add column version integer not null default 1;
