-- The group that owns a plan (the planning managers, say); its members process the responses to its consultations.
alter table plans_plan add column owner_group bigint;
