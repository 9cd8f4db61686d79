-- The form a meeting was scheduled from: a second submit of the same form (a double click, a browser sending it
-- again) finds the meeting the first one made instead of making another. Meetings made elsewhere have none.
alter table meetings_meeting add column form_token text;
alter table meetings_meeting add constraint meetings_meeting_form_token unique (form_token);
