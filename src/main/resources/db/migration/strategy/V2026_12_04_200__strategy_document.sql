-- The strategy document, as the plan's versions are kept: each save is a new numbered version holding a full copy
-- of its sections, an introduction and one section per chosen topic. A save names the version it was based on;
-- the number is unique per process, so two saves on the same version cannot both be written.
create table strategy_document_version (
  id bigserial primary key,
  process_id bigint not null references strategy_process (id),
  number integer not null,
  note text,
  written_by bigint not null,
  written_at timestamptz not null,
  unique (process_id, number)
);

create table strategy_document_section (
  version_id bigint not null references strategy_document_version (id),
  position integer not null,
  topic_id bigint references strategy_topic (id),   -- null for the introduction
  anchor text not null,
  heading text not null,
  body text not null,                               -- Markdown, shown through the one safe renderer
  primary key (version_id, position),
  unique (version_id, anchor)
);

-- A version put to public consultation (through the consultations module, which keeps the period and the
-- responses). From then on that version is the published strategy, which anyone may read.
create table strategy_publication (
  version_id bigint primary key references strategy_document_version (id),
  process_id bigint not null references strategy_process (id),
  consultation_id bigint not null,
  published_by bigint not null,
  published_at timestamptz not null
);
create index strategy_publication_process on strategy_publication (process_id);
