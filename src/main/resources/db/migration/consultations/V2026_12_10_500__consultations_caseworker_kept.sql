-- Who processes which consultation is kept in each instance's memory (kept.KeptTables) until it changes.
create trigger consultations_caseworker_kept after insert or update or delete or truncate on consultations_caseworker
  for each statement execute function kept_changed();
