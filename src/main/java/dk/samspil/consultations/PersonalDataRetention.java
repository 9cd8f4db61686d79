package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.time.DanishTime;

/**
 * Erases the personal data of responses once the retention period after final adoption
 * has passed: every night, once in the cluster (a job of the product's one scheduler).
 */
@Component
class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final Consultations consultations;

	private final Responses responses;

	PersonalDataRetention(Consultations consultations, Responses responses) {
		this.consultations = consultations;
		this.responses = responses;
	}

	/** Calls the bean, not {@code this}, so that the erasure runs in its transaction. */
	@Bean
	static RecurringTask<Void> consultationsRetention(PersonalDataRetention retention, Clock clock,
			@Value("${samspil.consultations.erasure-cron:0 30 3 * * *}") String cron) {
		return Tasks.recurring("consultations-retention", Schedules.cron(cron, DanishTime.ZONE))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> retention.eraseDue(LocalDate.now(clock)));
	}

	/** Returns how many responses lost their personal data. */
	@Transactional
	int eraseDue(LocalDate today) {
		int erased = 0;
		for (long consultation : consultations.dueForErasure(today)) {
			erased += responses.erasePersonalData(consultation);
		}
		if (erased > 0) {
			log.info("Erased the personal data of {} consultation responses", erased);
		}
		return erased;
	}

}
