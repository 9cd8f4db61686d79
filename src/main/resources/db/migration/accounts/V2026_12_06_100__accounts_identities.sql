-- Who a person is at a municipality's own sign-in provider: the provider (its issuer) and the subject it gives them.
-- Recorded at the person's first sign-in there, matched by a verified e-mail address the secretariat gave them; after
-- that the subject alone finds them, even when their address changes. One subject per person and provider.
create table accounts_identity (
    issuer    text        not null,
    subject   text        not null,
    person_id bigint      not null references accounts_person (id),
    linked_at timestamptz not null,
    primary key (issuer, subject)
);
create unique index accounts_identity_person on accounts_identity (person_id, issuer);
