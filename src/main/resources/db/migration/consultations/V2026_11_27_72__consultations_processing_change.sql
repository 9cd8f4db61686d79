-- Who changed what in a response's processing, and when: the record an authority keeps of how it handled a case.
-- One row per field changed; the rows of one save share their time.
create table consultations_processing_change (
    id          bigserial primary key,
    response_id bigint      not null references consultations_response (id) on delete cascade,
    person_id   bigint,
    changed_at  timestamptz not null,
    field       text        not null,
    before      text,
    after       text
);

create index consultations_processing_change_response on consultations_processing_change (response_id, changed_at);
