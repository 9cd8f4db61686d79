create table accounts_person (
    id                bigint generated always as identity primary key,
    username          text not null,
    display_name      text not null,
    email             text not null,
    job_title         text,
    municipality_code char(4),
    role              text not null check (role in ('SECRETARIAT', 'MEMBER')),
    password_hash     text not null,
    active            boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null default now()
);
create unique index accounts_person_username on accounts_person (lower(username));
create unique index accounts_person_email on accounts_person (lower(email));

-- Spring Session JDBC, under this module's prefix (spring.session.jdbc.table-name).
create table accounts_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval integer  not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint accounts_session_pk primary key (primary_id)
);
create unique index accounts_session_ix1 on accounts_session (session_id);
create index accounts_session_ix2 on accounts_session (expiry_time);
create index accounts_session_ix3 on accounts_session (principal_name);

create table accounts_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint accounts_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint accounts_session_attributes_fk foreign key (session_primary_id)
        references accounts_session (primary_id) on delete cascade
);
