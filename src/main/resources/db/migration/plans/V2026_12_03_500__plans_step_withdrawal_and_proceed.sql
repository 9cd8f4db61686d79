-- A step recorded by mistake is withdrawn (kept, with who, when and why) rather than deleted; the audit log says so.
alter table plans_step add column withdrawn_at timestamptz;
alter table plans_step add column withdrawn_by bigint;
alter table plans_step add column withdrawal_reason text;

-- The secretariat's recorded decision to let the councils adopt a version although not every consultation response
-- has been processed: who decided, when and why.
create table plans_proceed (
    version_id bigint primary key references plans_version (id),
    person_id  bigint not null,
    reason     text not null,
    decided_at timestamptz not null default now()
);
