-- One row per thing that can be found. Only the search module writes here, from the events other modules publish;
-- nobody reads another module's tables to fill it.
create table search_entry (
    kind        text        not null,
    key         text        not null,
    group_id    bigint,
    visibility  text        not null check (visibility in ('GROUP', 'MEMBERS', 'PUBLIC')),
    title       text        not null,
    body        text        not null,
    themes      bigint[]    not null default '{}',
    happened_at timestamptz not null,
    url         text        not null,
    indexed_at  timestamptz not null default now(),
    -- Danish first, English as well, so that both "vandforsyning" and "water supply" find their texts.
    document    tsvector generated always as (
        setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('danish', body), 'B') || setweight(to_tsvector('english', body), 'B')) stored,
    primary key (kind, key)
);
-- Ranking reads the vector of every match: kept compressed in the row rather than in the TOAST table, it costs no
-- extra lookup per match (the benchmark's p95 depends on it).
alter table search_entry alter column document set storage main;
create index search_entry_document on search_entry using gin (document);
create index search_entry_themes on search_entry using gin (themes);
create index search_entry_group_date on search_entry (group_id, happened_at desc);
create index search_entry_date on search_entry (happened_at desc);
