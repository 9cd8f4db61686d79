-- What a result page shows is stored with the run, so no page runs the engine or reads a whole ensemble again:
-- per scenario its monthly and yearly series (read only for the scenario shown), and per run the summary over its
-- scenarios, written in the same statement that marks the run finished.
alter table water_run_result add column series jsonb;
alter table water_run add column summary jsonb;
