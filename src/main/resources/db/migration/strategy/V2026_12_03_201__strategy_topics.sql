-- Topics proposed for the planning strategy, with their proposers, themes, links, comments and endorsements.
create table strategy_topic (
  id bigserial primary key,
  process_id bigint not null references strategy_process (id),
  title text not null,
  description text not null default '',
  status text not null default 'OPEN',           -- TopicStatus: OPEN, MERGED, RETIRED
  merged_into bigint references strategy_topic (id),
  proposed_at timestamptz not null,
  closed_by bigint,                              -- who merged or retired it
  closed_at timestamptz
);
create index strategy_topic_process on strategy_topic (process_id);

-- Who proposed a topic, on behalf of a group or of a municipality; a merge moves the rows to the surviving topic.
create table strategy_proposer (
  id bigserial primary key,
  topic_id bigint not null references strategy_topic (id),
  person_id bigint not null,
  group_id bigint,
  municipality text,
  proposed_at timestamptz not null,
  constraint strategy_proposer_on_behalf check ((group_id is null) <> (municipality is null))
);
create index strategy_proposer_topic on strategy_proposer (topic_id);

create table strategy_topic_theme (
  topic_id bigint not null references strategy_topic (id),
  theme_id bigint not null,
  primary key (topic_id, theme_id)
);

-- Documents, decisions and plan sections that motivate a topic: a web address or an address in Samspil.
create table strategy_topic_link (
  topic_id bigint not null references strategy_topic (id),
  position integer not null,
  label text not null,
  url text not null,
  primary key (topic_id, position)
);

create table strategy_comment (
  id bigserial primary key,
  topic_id bigint not null references strategy_topic (id),
  moved_from bigint references strategy_topic (id),  -- the merged topic it was written on
  author bigint not null,
  body text not null,
  written_at timestamptz not null
);
create index strategy_comment_topic on strategy_comment (topic_id);

-- A municipality stands behind a topic; one endorsement per municipality and topic.
create table strategy_endorsement (
  topic_id bigint not null references strategy_topic (id),
  municipality text not null,
  person_id bigint not null,
  endorsed_at timestamptz not null,
  primary key (topic_id, municipality)
);
