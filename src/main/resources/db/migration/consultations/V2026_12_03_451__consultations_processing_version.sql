-- A response's processing counts its saves, so that a save made on an outdated form is refused instead of
-- overwriting a colleague's processing.
alter table consultations_response add column processing_version integer not null default 0;
