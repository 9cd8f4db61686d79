create table notifications_mail (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       text not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    attempts   integer not null default 0,
    last_error text
);
create index notifications_mail_unsent on notifications_mail (id) where sent_at is null;

create table notifications_attachment (
    mail_id      bigint not null references notifications_mail (id) on delete cascade,
    position     integer not null,
    filename     text not null,
    content_type text not null,
    content      bytea not null,
    primary key (mail_id, position)
);
