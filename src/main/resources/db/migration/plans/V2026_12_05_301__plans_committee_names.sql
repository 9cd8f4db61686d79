-- What each municipality calls its committees and council ("Teknik- og Klimaudvalget", "Kommunalbestyrelsen"), set
-- by the secretariat; a body with no row is shown by its generic name.
create table plans_committee_name (
    municipality_code varchar(4) not null,
    body              text        not null check (body in ('SUBJECT_COMMITTEE', 'FINANCE_COMMITTEE', 'COUNCIL')),
    name              text        not null,
    primary key (municipality_code, body)
);
