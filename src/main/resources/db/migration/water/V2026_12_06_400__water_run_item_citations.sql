-- Where a finished run was cited ahead of a decision: an agenda item of the meetings module, named by its id only
-- (the meetings module owns agenda items; this table only remembers that the run was taken there, by whom and when).
create table water_run_item_citation (
    run_id        bigint      not null references water_run (id),
    item_id       bigint      not null,
    cited_by_name text        not null,
    cited_at      timestamptz not null,
    primary key (run_id, item_id)
);

create index water_run_item_citation_item_idx on water_run_item_citation (item_id);
