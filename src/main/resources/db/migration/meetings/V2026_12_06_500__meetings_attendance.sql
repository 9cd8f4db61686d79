-- Who attended a meeting, as its minutes name them: each member listed was present or sent apologies, and guests
-- from outside the group are named in free text. Minutes written before this say nothing of attendance.
create table meetings_attendance (
    meeting_id bigint not null references meetings_meeting (id) on delete cascade,
    person_id bigint not null,
    present boolean not null,
    primary key (meeting_id, person_id)
);

alter table meetings_meeting add column guests text not null default '';
