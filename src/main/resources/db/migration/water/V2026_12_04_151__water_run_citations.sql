-- Where a finished run was cited: a decision of the meetings module, named by its id only (the meetings module owns
-- decisions; this table only remembers that the run was taken there, by whom and when).
create table water_run_citation (
    run_id        bigint      not null references water_run (id),
    decision_id   bigint      not null,
    cited_by_name text        not null,
    cited_at      timestamptz not null,
    primary key (run_id, decision_id)
);

create index water_run_citation_decision_idx on water_run_citation (decision_id);
