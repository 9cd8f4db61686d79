-- A person counts the secretariat's saves of their details, so that a save made on an outdated form is refused instead
-- of overwriting what a colleague saved meanwhile.
alter table accounts_person add column version integer not null default 1;
