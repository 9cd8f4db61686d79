package dk.samspil.consultations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each consultation whose period has ended, once: several instances may run the
 * check at the same time, and the row lock lets only one of them publish.
 */
@Component
class ConsultationCloser {

	private final JdbcClient jdbc;

	private final Consultations consultations;

	private final Responses responses;

	private final ApplicationEventPublisher events;

	ConsultationCloser(JdbcClient jdbc, Consultations consultations, Responses responses,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.responses = responses;
		this.events = events;
	}

	/**
	 * A job of the product's one scheduler, so that one instance of the cluster checks at
	 * a time; it calls the bean, not {@code this}, so that the row locks and the event
	 * belong to one transaction (a listener of the event runs only after a commit).
	 */
	@Bean
	static RecurringTask<Void> consultationsCloser(ConsultationCloser closer, Clock clock,
			@Value("${samspil.consultations.close-check:PT10M}") Duration every) {
		return Tasks.recurring("consultations-closer", Schedules.fixedDelay(every))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> closer.closeEnded(LocalDate.now(clock)));
	}

	@Transactional
	public int closeEnded(LocalDate today) {
		List<Long> ended = jdbc.sql("""
				select id from consultations_consultation where closed_at is null and ends_on < ?
				order by id for update skip locked""").param(today).query(Long.class).list();
		for (long id : ended) {
			jdbc.sql("update consultations_consultation set closed_at = now() where id = ?").param(id).update();
			Consultation c = consultations.find(id).orElseThrow();
			events.publishEvent(
					new ConsultationClosed(c.consultationId(), c.subjectKind(), c.subjectId(), responses.count(id)));
		}
		return ended.size();
	}

}
