-- A group's water models. A model's content is its model file (the allocation engine's JSON format, volumes in
-- m3); every save is a new immutable version, and latest_version is advanced only from the version the saver
-- started from, so two people saving at once cannot overwrite each other.
create table water_model (
    id             bigserial primary key,
    group_id       bigint      not null,
    name           text        not null,
    latest_version int         not null default 0,
    created_at     timestamptz not null default now()
);

create index water_model_group_idx on water_model (group_id);

-- positions: element id -> [latitude, longitude], kept beside the model file, whose format has no place for them.
create table water_model_version (
    model_id      bigint      not null references water_model (id),
    number        int         not null,
    content       text        not null,
    positions     jsonb       not null default '{}'::jsonb,
    comment       text        not null,
    saved_by      bigint      not null,
    saved_by_name text        not null,
    saved_at      timestamptz not null,
    primary key (model_id, number)
);
