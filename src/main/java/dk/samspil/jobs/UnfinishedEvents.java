package dk.samspil.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Hands an event between modules to its listener again when the listener has not finished
 * it within {@link #STALE} (it failed, or its instance was killed), once in the cluster.
 * Spring Modulith's own republishing at start-up would instead make every starting
 * instance resend every unfinished event, including those another instance is handling at
 * that moment, so that a listener could run twice.
 */
@Configuration(proxyBeanMethods = false)
class UnfinishedEvents {

	static final String TASK = "events-resubmission";

	/** Far longer than any listener takes; a listener still working is left alone. */
	static final Duration STALE = Duration.ofMinutes(2);

	@Bean
	static RecurringTask<Void> eventsResubmission(IncompleteEventPublications events) {
		return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofMinutes(1)))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> events.resubmitIncompletePublicationsOlderThan(STALE));
	}

}
