-- A planning strategy process (Planloven § 23 a) and its phases.
create table strategy_process (
  id bigserial primary key,
  name text not null,
  term_starts integer not null,        -- first year of the council's four-year term
  created_at timestamptz not null default now()
);

create table strategy_phase (
  process_id bigint not null references strategy_process (id),
  phase text not null,                 -- Phase: PROPOSALS, DISCUSSION, PRIORITISATION, DRAFTING, CONSULTATION
  starts_on date,
  ends_on date,
  primary key (process_id, phase)
);
