-- A model's scenarios and ensembles, kept per model (not per version): a scenario is a possible future, the model
-- the network it is tried on. A run copies what it uses into water_run.scenarios, so changing or removing a
-- scenario later never changes a run. revision guards an edit against someone else's edit made meanwhile.
create table water_scenario (
    id              bigserial primary key,
    model_id        bigint           not null references water_model (id),
    name            text             not null,
    description     text             not null default '',
    drinking_growth double precision not null,
    industry_growth double precision not null,
    recharge_change double precision not null,
    summer_factor   double precision not null,
    ptx             jsonb            not null default '[]'::jsonb,
    revision        int              not null default 1,
    saved_by_name   text             not null,
    saved_at        timestamptz      not null,
    unique (model_id, name)
);

-- An ensemble: size scenarios drawn between the bounds from a seeded generator, so the same ensemble comes out
-- again whenever it is drawn. ptx: stages with a lowest and highest size, [{plant, from, low, high}].
create table water_ensemble (
    id                   bigserial primary key,
    model_id             bigint           not null references water_model (id),
    name                 text             not null,
    size                 int              not null check (size between 2 and 1000),
    seed                 bigint           not null,
    drinking_growth_low  double precision not null,
    drinking_growth_high double precision not null,
    industry_growth_low  double precision not null,
    industry_growth_high double precision not null,
    recharge_change_low  double precision not null,
    recharge_change_high double precision not null,
    summer_factor_low    double precision not null,
    summer_factor_high   double precision not null,
    ptx                  jsonb            not null default '[]'::jsonb,
    saved_by_name        text             not null,
    saved_at             timestamptz      not null,
    unique (model_id, name)
);
