-- When the indexed content changed, so that an older event arriving late never overwrites a newer one.
alter table search_entry add column changed_at timestamptz not null default now();
