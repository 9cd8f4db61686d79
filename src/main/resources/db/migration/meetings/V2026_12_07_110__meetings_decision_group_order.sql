-- A group's decisions are listed newest first, and of one day by id: with the id in the index, a page of them is read
-- from the index in order instead of reading the group's decisions of the newest days and sorting them.
drop index meetings_decision_group;
create index meetings_decision_group on meetings_decision (group_id, decided_on desc, id desc);
