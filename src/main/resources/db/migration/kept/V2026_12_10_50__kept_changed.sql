-- Tells every instance that a table whose values they keep in memory has changed: sent when the transaction commits,
-- at most once per transaction (PostgreSQL folds equal notices), and not at all when it rolls back.
create function kept_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('kept_changed', tg_table_name);
  return null;
end
$$;
