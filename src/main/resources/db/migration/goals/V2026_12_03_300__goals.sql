-- municipality codes refer to region_municipality, person ids to accounts_person and decision ids to
-- meetings_decision; those modules own their tables, so there are no foreign keys to them.
create table goals_goal (
    id                bigint generated always as identity primary key,
    title             text not null,
    description       text not null default '',
    theme             text not null check (theme in ('TRIPARTITE', 'CLIMATE', 'MOBILITY', 'OTHER')),
    unit              text not null,
    unit_kind         text not null check (unit_kind in ('AMOUNT', 'PERCENT')),
    direction         text not null check (direction in ('INCREASE', 'DECREASE')),
    roll_up           text not null check (roll_up in ('SUM', 'POPULATION', 'NAMED_WEIGHT', 'CATCHMENT')),
    weight_name       text,
    period_kind       text not null check (period_kind in ('YEAR', 'QUARTER')),
    baseline_year     integer not null,
    target_year       integer not null check (target_year > baseline_year),
    -- days after a period ends by which its figure is due
    due_days          integer not null default 90 check (due_days between 0 and 366),
    decision_id       bigint,
    public            boolean not null default false,
    -- demo figures that are not from a published source say so on every page
    illustrative      boolean not null default false,
    version           integer not null default 0,
    created_at        timestamptz not null default now()
);

create table goals_milestone (
    goal_id  bigint not null references goals_goal (id) on delete cascade,
    year     integer not null,
    value    numeric not null,
    primary key (goal_id, year)
);

-- A municipality's own baseline and target; weight is the named weight of a NAMED_WEIGHT goal.
create table goals_target (
    goal_id            bigint not null references goals_goal (id) on delete cascade,
    municipality_code  char(4) not null,
    baseline_value     numeric not null,
    target_value       numeric not null,
    weight             numeric,
    primary key (goal_id, municipality_code)
);

-- A CATCHMENT goal: each catchment's baseline and target, split over municipalities by their shares.
create table goals_catchment (
    goal_id         bigint not null references goals_goal (id) on delete cascade,
    name            text not null,
    baseline_value  numeric not null,
    target_value    numeric not null,
    primary key (goal_id, name)
);

create table goals_catchment_share (
    goal_id            bigint not null,
    catchment          text not null,
    municipality_code  char(4) not null,
    share              numeric not null check (share > 0 and share <= 1),
    primary key (goal_id, catchment, municipality_code),
    foreign key (goal_id, catchment) references goals_catchment (goal_id, name) on delete cascade
);

-- Who reports a municipality's figures for a goal, named by the secretariat.
create table goals_responsible (
    goal_id            bigint not null references goals_goal (id) on delete cascade,
    municipality_code  char(4) not null,
    person_id          bigint not null,
    primary key (goal_id, municipality_code, person_id)
);

-- quarter 0 is the whole year; catchment '' when the goal is not split by catchment.
create table goals_figure (
    id                 bigint generated always as identity primary key,
    goal_id            bigint not null references goals_goal (id) on delete cascade,
    municipality_code  char(4) not null,
    catchment          text not null default '',
    year               integer not null,
    quarter            integer not null default 0 check (quarter between 0 and 4),
    value              numeric not null,
    reported_by        bigint not null,
    reported_at        timestamptz not null default now(),
    version            integer not null default 0,
    unique (goal_id, municipality_code, catchment, year, quarter)
);

-- Every correction keeps what it replaced, who changed it and why.
create table goals_figure_correction (
    id              bigint generated always as identity primary key,
    figure_id       bigint not null references goals_figure (id) on delete cascade,
    previous_value  numeric not null,
    new_value       numeric not null,
    corrected_by    bigint not null,
    reason          text not null,
    corrected_at    timestamptz not null default now()
);
create index goals_figure_correction_figure on goals_figure_correction (figure_id);

create table goals_action (
    id                 bigint generated always as identity primary key,
    goal_id            bigint not null references goals_goal (id) on delete cascade,
    title              text not null,
    -- null for a joint action of the whole collaboration
    municipality_code  char(4),
    owner_person       bigint not null,
    status             text not null check (status in ('PLANNED', 'STARTED', 'DONE', 'CANCELLED')),
    due_on             date not null,
    expected_effect    text not null default '',
    decision_id        bigint,
    task_id            bigint,
    version            integer not null default 0,
    created_at         timestamptz not null default now()
);
create index goals_action_goal on goals_action (goal_id);
create index goals_action_open on goals_action (owner_person) where status in ('PLANNED', 'STARTED');
