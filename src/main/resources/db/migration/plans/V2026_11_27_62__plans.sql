create table plans_plan (
    id         bigint generated always as identity primary key,
    title      text not null,
    created_at timestamptz not null default now(),
    adopted_on date
);

create table plans_version (
    id         bigint generated always as identity primary key,
    plan_id    bigint not null references plans_plan (id),
    number     integer not null,
    note       text,
    created_at timestamptz not null default now(),
    unique (plan_id, number)
);

-- Anchors are derived from the heading text, so the same heading keeps its anchor from version to version.
create table plans_section (
    version_id bigint not null references plans_version (id),
    position   integer not null,
    number     text not null,
    anchor     text not null,
    heading    text not null,
    body       text not null,
    primary key (version_id, position),
    unique (version_id, anchor)
);

create table plans_step (
    id                bigint generated always as identity primary key,
    version_id        bigint not null references plans_version (id),
    municipality_code char(4) not null,
    body              text not null check (body in ('SUBJECT_COMMITTEE', 'FINANCE_COMMITTEE', 'COUNCIL')),
    meeting_date      date not null,
    decision          text not null check (decision in ('RECOMMENDS', 'ADOPTS', 'ADOPTS_WITH_CHANGES', 'REJECTS', 'POSTPONES')),
    dissent           text,
    minutes_url       text,
    reconciled        boolean not null default false,
    recorded_by       bigint not null,
    recorded_at       timestamptz not null default now()
);
create index plans_step_version on plans_step (version_id);

create table plans_objection (
    id         bigint generated always as identity primary key,
    plan_id    bigint not null references plans_plan (id),
    paragraph  text not null check (paragraph in ('P28', 'P29', 'P29B')),
    raised_by  text not null,
    raised_on  date not null,
    note       text,
    lifted_on  date
);

create table plans_audit (
    id         bigint generated always as identity primary key,
    plan_id    bigint not null references plans_plan (id),
    at         timestamptz not null default now(),
    person_id  bigint,
    what       text not null,
    before     text,
    after      text
);
create index plans_audit_plan on plans_audit (plan_id, at);
