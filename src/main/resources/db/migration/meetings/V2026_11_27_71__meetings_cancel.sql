-- A cancelled meeting is kept, with when, by whom (an accounts_person id) and why it was called off.
alter table meetings_meeting
    add column cancelled_at  timestamptz,
    add column cancelled_by  bigint,
    add column cancel_reason text check (char_length(cancel_reason) <= 500),
    add constraint meetings_meeting_cancelled_by check ((cancelled_at is null) = (cancelled_by is null));

-- Who was sent the calendar invitation to a meeting, and at which address, so that a cancellation reaches exactly
-- those who have the meeting in their calendar, including anyone who has left the group since.
create table meetings_invitation (
    meeting_id bigint not null references meetings_meeting (id),
    person_id  bigint not null,
    email      text not null,
    sent_at    timestamptz not null,
    primary key (meeting_id, person_id)
);
