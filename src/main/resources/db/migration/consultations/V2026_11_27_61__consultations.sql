-- A consultation on any document: the consulted text is kept as it was published, section by section, so the public
-- page and the memo show what people actually responded to.
create table consultations_consultation (
    id            bigint generated always as identity primary key,
    subject_kind  text not null,
    subject_id    bigint not null,
    title         text not null,
    starts_on     date not null,
    ends_on       date not null,
    minor_change  boolean not null default false,
    idea_deadline date,
    erase_after   date,
    created_at    timestamptz not null default now(),
    check (ends_on > starts_on)
);
create index consultations_consultation_subject on consultations_consultation (subject_kind, subject_id);

create table consultations_section (
    consultation_id bigint not null references consultations_consultation (id),
    position        integer not null,
    number          text not null,
    anchor          text not null,
    heading         text not null,
    html            text not null,
    primary key (consultation_id, position),
    unique (consultation_id, anchor)
);

create sequence consultations_receipt_seq;

-- form_token makes a resubmitted form (a double click, a retry after a lost connection) find the first response.
create table consultations_response (
    id                bigint generated always as identity primary key,
    consultation_id   bigint not null references consultations_consultation (id),
    receipt           text not null unique,
    form_token        text not null unique,
    withdraw_token    text not null unique,
    name              text,
    email             text,
    postcode          text,
    municipality_code char(4),
    organisation      text,
    whole_document    boolean not null,
    body              text,
    late              boolean not null default false,
    client_ip         text,
    received_at       timestamptz not null default now(),
    withdrawn_at      timestamptz,
    erased_at         timestamptz,
    -- processing by the officials
    assigned_to       char(4),
    caseworker_id     bigint,
    theme             text,
    status            text not null default 'NEW' check (status in ('NEW', 'IN_PROGRESS', 'DONE')),
    summary           text,
    comment           text,
    outcome           text check (outcome in ('ACCOMMODATED', 'PARTLY', 'NOT_ACCOMMODATED', 'NOTED')),
    change_text       text,
    change_anchor     text
);
create index consultations_response_consultation on consultations_response (consultation_id, received_at);
create index consultations_response_ip on consultations_response (client_ip, received_at);
create index consultations_response_email on consultations_response (lower(email));

create table consultations_response_section (
    response_id bigint not null references consultations_response (id) on delete cascade,
    anchor      text not null,
    primary key (response_id, anchor)
);

create table consultations_attachment (
    id           bigint generated always as identity primary key,
    response_id  bigint not null references consultations_response (id) on delete cascade,
    filename     text not null,
    content_type text not null,
    content      bytea not null
);
create index consultations_attachment_response on consultations_attachment (response_id);
