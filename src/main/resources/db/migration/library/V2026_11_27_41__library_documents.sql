-- group_id refers to groups_group and created_by to accounts_person by id; those modules own their tables.
-- themes holds ids of groups_theme; a merged theme is followed when the document is shown.
create table library_document (
    id         bigint generated always as identity primary key,
    group_id   bigint      not null,
    kind       text        not null check (kind in ('DOCUMENT', 'NOTE')),
    title      text        not null,
    summary    text        not null default '',
    body       text        not null default '',
    visibility text        not null check (visibility in ('GROUP', 'MEMBERS', 'PUBLIC')),
    themes     bigint[]    not null default '{}',
    created_by bigint      not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index library_document_group on library_document (group_id, updated_at desc);

-- Attachments live in the database with their document, so a backup of PostgreSQL is a backup of everything.
create table library_attachment (
    id           bigint generated always as identity primary key,
    document_id  bigint      not null references library_document (id) on delete cascade,
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);
create index library_attachment_document on library_attachment (document_id);
