package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
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

	private final Clock clock;

	ConsultationCloser(JdbcClient jdbc, Consultations consultations, Responses responses,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.responses = responses;
		this.events = events;
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${samspil.consultations.close-check:PT10M}")
	void check() {
		closeEnded(LocalDate.now(clock));
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
