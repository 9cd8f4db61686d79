-- Who approved a meeting's minutes, as the minutes say beside the date; null for minutes approved before it was kept.
alter table meetings_meeting add column minutes_approved_by bigint;
