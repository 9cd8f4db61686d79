create table groups_group (
    id         bigint generated always as identity primary key,
    slug       text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text not null,
    kind       text not null check (kind in ('FIXED', 'WORKING', 'PROJECT')),
    mandate    text not null,
    created_at timestamptz not null default now()
);

-- person_id refers to accounts_person by id; the accounts module owns that table.
create table groups_membership (
    group_id  bigint not null references groups_group (id) on delete cascade,
    person_id bigint not null,
    role      text   not null check (role in ('CHAIR', 'SECRETARY', 'MEMBER')),
    primary key (group_id, person_id)
);
create index groups_membership_person on groups_membership (person_id);
