-- Tokens the secretariat issues to a municipality's systems (municipality_code set) or to another system (null).
-- Only the SHA-256 of a token is kept: it is shown once, when issued. last_used_at is written at most about once a
-- minute per token and instance, not on every call.
create table api_token (
    id                bigint generated always as identity primary key,
    name              text not null,
    municipality_code char(4),
    hash              char(64) not null unique,
    created_at        timestamptz not null default now(),
    created_by        bigint not null,
    revoked_at        timestamptz,
    last_used_at      timestamptz
);
