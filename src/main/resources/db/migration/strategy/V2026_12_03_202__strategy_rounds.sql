-- Prioritisation rounds: the municipality is the voter. One ballot per municipality, changed by any of its named
-- voters until the deadline, each change on record.
create table strategy_round (
  id bigserial primary key,
  process_id bigint not null references strategy_process (id),
  title text not null,
  method text not null,                 -- Method: POINTS, RANKING
  weighting text not null,              -- Weighting the round is decided by: EQUAL, POPULATION (both always shown)
  deadline timestamptz not null,
  remind_days integer not null,         -- reminders go out this many days before the deadline; 0 for none
  status text not null default 'OPEN',  -- RoundStatus: OPEN, CLOSED
  opened_by bigint not null,
  opened_at timestamptz not null,
  closed_at timestamptz
);

create table strategy_round_topic (
  round_id bigint not null references strategy_round (id),
  topic_id bigint not null references strategy_topic (id),
  position integer not null,
  primary key (round_id, topic_id)
);

-- The people who may cast a municipality's ballot in a round.
create table strategy_voter (
  round_id bigint not null references strategy_round (id),
  municipality text not null,
  person_id bigint not null,
  primary key (round_id, person_id)
);

-- The municipality's ballot. choice: for ranking the topic ids best first ("12,5,9"); for points "12:40,5:60".
-- version counts the saves, so that a save based on an older ballot is refused instead of overwriting it.
create table strategy_ballot (
  round_id bigint not null references strategy_round (id),
  municipality text not null,
  choice text not null,
  version integer not null,
  cast_by bigint not null,
  cast_at timestamptz not null,
  primary key (round_id, municipality)
);

create table strategy_ballot_change (
  id bigserial primary key,
  round_id bigint not null references strategy_round (id),
  municipality text not null,
  person_id bigint not null,
  changed_at timestamptz not null,
  before text,                          -- null for the first ballot
  after text not null,
  version integer not null
);
create index strategy_ballot_change_round on strategy_ballot_change (round_id, municipality);

-- Closing and reopening, with the reason a reopening needs.
create table strategy_round_event (
  id bigserial primary key,
  round_id bigint not null references strategy_round (id),
  kind text not null,                   -- CLOSED, REOPENED
  person_id bigint not null,
  happened_at timestamptz not null,
  reason text
);

-- Reminders sent, one per municipality and deadline, so the daily job never sends one twice.
create table strategy_reminder (
  round_id bigint not null references strategy_round (id),
  municipality text not null,
  deadline timestamptz not null,
  sent_at timestamptz not null,
  primary key (round_id, municipality, deadline)
);
