package dk.samspil.water;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fails the runs that can no longer finish because no part of them is left in the
 * scheduler (a job deleted, a database restored without its jobs), with the reason, so
 * that no run shows "running" forever. A part whose instance died is not lost: the
 * scheduler sees its heartbeat stop and gives it to another instance, which goes on where
 * the stored results end. Runs once a minute on one instance, and at each start.
 */
@Configuration(proxyBeanMethods = false)
class LostRuns {

	static final String REASON = "The run's jobs are no longer in the scheduler, so it cannot finish; start it again.";

	/** A run younger than this may have parts the look at the scheduler did not see. */
	static final Duration GRACE = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(LostRuns.class);

	@Bean
	RecurringTask<Void> waterLostRuns(Runs runs, Clock clock) {
		return Tasks.recurring("water-lost-runs", FixedDelay.ofMinutes(1))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> sweep(runs, context.getSchedulerClient(), clock));
	}

	/** Fails every unfinished run older than {@link #GRACE} with no part scheduled. */
	static int sweep(Runs runs, SchedulerClient scheduler, Clock clock) {
		Instant now = clock.instant();
		Set<Long> scheduled = new HashSet<>();
		scheduler.fetchScheduledExecutionsForTask(RunWorker.TASK, RunPart.class, ScheduledExecutionsFilter.all(),
				execution -> scheduled.add(execution.getData().run()));
		int failed = 0;
		for (long run : runs.unfinishedBefore(now.minus(GRACE))) {
			if (!scheduled.contains(run) && runs.fail(run, REASON, now)) {
				log.warn("Run {} had no job left in the scheduler and was marked failed", run);
				failed++;
			}
		}
		return failed;
	}

}
