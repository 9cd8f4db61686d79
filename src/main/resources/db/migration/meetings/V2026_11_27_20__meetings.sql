-- group_id refers to groups_group and person ids to accounts_person; those modules own their tables.
create table meetings_meeting (
    id                 bigint generated always as identity primary key,
    group_id           bigint not null,
    title              text not null,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null check (ends_at > starts_at),
    place              text,
    online_link        text,
    agenda_deadline    timestamptz not null,
    agenda_published   timestamptz,
    -- iCalendar SEQUENCE: bumped each time members are sent the invitation again
    sequence           integer not null default 0,
    minutes_state      text not null default 'DRAFT' check (minutes_state in ('DRAFT', 'FOR_APPROVAL', 'APPROVED')),
    minutes_approved   timestamptz,
    created_at         timestamptz not null default now()
);
create index meetings_meeting_group on meetings_meeting (group_id, starts_at);

-- An item without a meeting waits for the group's next meeting (an escalation from another group).
create table meetings_agenda_item (
    id                  bigint generated always as identity primary key,
    group_id            bigint not null,
    meeting_id          bigint references meetings_meeting (id),
    title               text not null,
    description         text not null default '',
    proposed_by         bigint not null,
    status              text not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'DEFERRED')),
    position            integer not null default 0,
    discussion          text not null default '',
    outcome             text not null default '',
    escalated_from      bigint references meetings_agenda_item (id),
    created_at          timestamptz not null default now()
);
create index meetings_agenda_item_meeting on meetings_agenda_item (meeting_id, position);

create table meetings_item_theme (
    item_id  bigint not null references meetings_agenda_item (id) on delete cascade,
    theme_id bigint not null,
    primary key (item_id, theme_id)
);

create table meetings_attachment (
    id           bigint generated always as identity primary key,
    item_id      bigint not null references meetings_agenda_item (id) on delete cascade,
    filename     text not null,
    content_type text not null,
    content      bytea not null
);

-- Comments while the minutes are out for approval, and corrections after approval (addenda).
create table meetings_minutes_note (
    id         bigint generated always as identity primary key,
    meeting_id bigint not null references meetings_meeting (id),
    kind       text not null check (kind in ('COMMENT', 'ADDENDUM')),
    author     bigint not null,
    text       text not null,
    created_at timestamptz not null default now()
);

create table meetings_decision (
    id            bigint generated always as identity primary key,
    group_id      bigint not null,
    meeting_id    bigint references meetings_meeting (id),
    item_id       bigint references meetings_agenda_item (id),
    text          text not null,
    decided_on    date not null,
    status        text not null default 'IN_FORCE' check (status in ('IN_FORCE', 'SUPERSEDED', 'REVOKED')),
    superseded_by bigint references meetings_decision (id),
    review_on     date,
    reviewed_mail date,
    created_at    timestamptz not null default now()
);
create index meetings_decision_group on meetings_decision (group_id, decided_on desc);
create index meetings_decision_review on meetings_decision (review_on) where review_on is not null;

-- A task is owned by a person or by a municipality as a whole (its four-digit code), never both.
create table meetings_task (
    id                 bigint generated always as identity primary key,
    group_id           bigint not null,
    item_id            bigint references meetings_agenda_item (id),
    decision_id        bigint references meetings_decision (id),
    title              text not null,
    owner_person       bigint,
    owner_municipality text,
    due_on             date not null,
    done               boolean not null default false,
    created_at         timestamptz not null default now(),
    check ((owner_person is null) <> (owner_municipality is null))
);
create index meetings_task_group on meetings_task (group_id, due_on);

create table meetings_calendar_token (
    person_id bigint primary key,
    token     text not null unique
);

-- One digest per person and day, even when several instances run the daily job.
create table meetings_digest_sent (
    person_id bigint not null,
    day       date   not null,
    primary key (person_id, day)
);
