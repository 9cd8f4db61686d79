-- A process counts the secretariat's saves of its settings (name, term, phases), so that a save made on an outdated
-- form is refused instead of overwriting what a colleague saved meanwhile.
alter table strategy_process add column version integer not null default 1;
