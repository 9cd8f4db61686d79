-- Themes run across groups; the secretariat adds, renames, merges and retires them. A merged theme points at the
-- one it became, so what was tagged with it is found under the new one.
create table groups_theme (
    id          bigint generated always as identity primary key,
    name        text not null,
    retired     boolean not null default false,
    merged_into bigint references groups_theme (id),
    created_at  timestamptz not null default now()
);
create unique index groups_theme_name on groups_theme (lower(name)) where merged_into is null;

create table groups_group_theme (
    group_id bigint not null references groups_group (id) on delete cascade,
    theme_id bigint not null references groups_theme (id),
    primary key (group_id, theme_id)
);

alter table groups_group add column closed_at timestamptz;
