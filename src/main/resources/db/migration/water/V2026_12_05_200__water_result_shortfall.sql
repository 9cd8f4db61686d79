-- A scenario's total shortfall beside its report, so that the worst scenarios of a large ensemble are found through an
-- index instead of by reading every report; series are now kept only for the scenarios a page can show.
alter table water_run_result add column total_shortfall double precision;

update water_run_result set total_shortfall = (report ->> 'totalShortfall')::float8;

alter table water_run_result alter column total_shortfall set not null;

create index water_run_result_worst_idx on water_run_result (run_id, total_shortfall desc, scenario_index);
