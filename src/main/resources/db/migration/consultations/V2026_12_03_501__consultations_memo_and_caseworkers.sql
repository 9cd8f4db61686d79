-- The public memo answers only once the secretariat has published it, after the consultation closed.
alter table consultations_consultation add column memo_published_at timestamptz;
alter table consultations_consultation add column memo_published_by bigint;
-- The group that owns the consulted document; its members are the consultation's first caseworkers.
alter table consultations_consultation add column owner_group bigint;

-- Who may see the citizens' personal data and process their responses, besides the secretariat: a caseworker for
-- the whole consultation (municipality_code null) or for the responses assigned to one municipality.
create table consultations_caseworker (
    consultation_id   bigint not null references consultations_consultation (id),
    person_id         bigint not null,
    municipality_code char(4),
    primary key (consultation_id, person_id)
);
