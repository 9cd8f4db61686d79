-- The groups, their members and the themes are kept in each instance's memory (kept.KeptTables) until they change.
create trigger groups_group_kept after insert or update or delete or truncate on groups_group
  for each statement execute function kept_changed();
create trigger groups_theme_kept after insert or update or delete or truncate on groups_theme
  for each statement execute function kept_changed();
create trigger groups_membership_kept after insert or update or delete or truncate on groups_membership
  for each statement execute function kept_changed();
