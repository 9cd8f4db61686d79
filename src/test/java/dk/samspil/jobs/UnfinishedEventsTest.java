package dk.samspil.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event between modules whose listener did not finish (its instance was killed midway)
 * is handed to the listener again by the cluster's one job, so its work is done after
 * all.
 */
@SamspilTest
class UnfinishedEventsTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Clock clock;

	@Test
	void anEventWhoseListenerDidNotFinishIsHandedToItAgain() {
		SearchEntry entry = new SearchEntry("document", "unfinished-1",
				groups.findBySlug("teknisk-vand").orElseThrow().id(), Visibility.MEMBERS, "Notat om ufærdige hændelser",
				"Tekst.", List.of(), clock.instant(), "/documents/unfinished-1", clock.instant());
		transactions.executeWithoutResult(status -> events.publishEvent(entry));
		await().atMost(Duration.ofSeconds(10)).until(() -> indexed() == 1);

		// As if the instance handling it had been killed three minutes ago, before the
		// listener's work was committed.
		jdbc.sql("delete from search_entry where key = 'unfinished-1'").update();
		int unfinished = jdbc.sql("""
				update event_publication
				set completion_date = null, status = 'PROCESSING', publication_date = now() - interval '3 minutes'
				where serialized_event like '%unfinished-1%'""").update();
		assertThat(unfinished).isEqualTo(1);

		scheduler.reschedule(TaskInstanceId.of(UnfinishedEvents.TASK, RecurringTask.INSTANCE), Instant.now());
		await().atMost(Duration.ofSeconds(30)).until(() -> indexed() == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql(
					"select count(*) from event_publication where serialized_event like '%unfinished-1%' and completion_date is null")
				.query(Integer.class)
				.single() == 0);
	}

	private int indexed() {
		return jdbc.sql("select count(*) from search_entry where key = 'unfinished-1'").query(Integer.class).single();
	}

}
