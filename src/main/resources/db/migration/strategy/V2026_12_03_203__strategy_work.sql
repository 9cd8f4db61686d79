-- From result to work: the topics chosen for the strategy, each with the theme it became, and the hand-overs of
-- chosen topics to groups with an owner and a due date.
create table strategy_chosen (
  topic_id bigint primary key references strategy_topic (id),
  process_id bigint not null references strategy_process (id),
  theme_id bigint not null,
  chosen_by bigint not null,
  chosen_at timestamptz not null
);

create table strategy_handover (
  id bigserial primary key,
  topic_id bigint not null references strategy_chosen (topic_id),
  group_id bigint not null,
  owner bigint not null,
  due_on date not null,
  handed_by bigint not null,
  handed_at timestamptz not null,
  done_at timestamptz
);
create index strategy_handover_topic on strategy_handover (topic_id);
