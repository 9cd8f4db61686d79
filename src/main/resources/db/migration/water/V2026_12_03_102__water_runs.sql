-- A run of the engine on one version of a model with a frozen list of scenarios. Its parts are jobs of the product's
-- scheduler (scheduled_tasks); progress is the number of scenario results stored, so a part taken up again after a
-- crash neither counts twice nor stores a result twice.
create table water_run (
    id              bigserial primary key,
    model_id        bigint      not null references water_model (id),
    model_version   int         not null,
    status          text        not null,
    scenarios       jsonb       not null,
    scenario_count  int         not null,
    months          int         not null,
    engine_version  text        not null,
    started_by      bigint      not null,
    started_by_name text        not null,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    failure         text,
    foreign key (model_id, model_version) references water_model_version (model_id, number)
);

create index water_run_model_idx on water_run (model_id, id desc);

create table water_run_result (
    run_id         bigint not null references water_run (id),
    scenario_index int    not null,
    scenario       text   not null,
    report         jsonb  not null,
    primary key (run_id, scenario_index)
);
