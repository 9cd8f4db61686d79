package dk.samspil.accounts;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes expired sessions once a minute, once in the cluster, as a job of the product's
 * one scheduler. Spring Session would otherwise do it with a timer of its own on every
 * instance (switched off with {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

	@Bean
	static RecurringTask<Void> accountsSessionCleanup(SessionTouches.Repository sessions) {
		return Tasks.recurring("accounts-session-cleanup", Schedules.fixedDelay(Duration.ofMinutes(1)))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> sessions.cleanUpExpiredSessions());
	}

}
