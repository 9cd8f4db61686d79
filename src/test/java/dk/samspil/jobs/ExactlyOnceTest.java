package dk.samspil.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

/**
 * Two scheduler instances on one database, as two application instances behind a load
 * balancer would run: every job is executed exactly once, and both instances take a share
 * of the work.
 */
class ExactlyOnceTest {

	private static final int JOBS = 60;

	@Test
	void twoInstancesOnOneDatabaseRunEveryJobExactlyOnce() throws Exception {
		Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
		CountDownLatch done = new CountDownLatch(JOBS);
		OneTimeTask<Void> task = Tasks.oneTime("count-once").execute((instance, context) -> {
			runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
			byInstance.computeIfAbsent(context.getExecution().pickedBy, id -> new AtomicInteger()).incrementAndGet();
			pause();
			done.countDown();
		});
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			var dataSource = postgres.getPostgresDatabase();
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/jobs").load().migrate();
			Scheduler first = scheduler(dataSource, task, "first");
			Scheduler second = scheduler(dataSource, task, "second");
			first.start();
			second.start();
			try {
				for (int n = 0; n < JOBS; n++) {
					(n % 2 == 0 ? first : second).schedule(task.instance("job-" + n), Instant.now());
				}
				assertThat(done.await(60, TimeUnit.SECONDS)).as("all jobs ran").isTrue();
			}
			finally {
				first.stop();
				second.stop();
			}
		}
		assertThat(runs).hasSize(JOBS);
		assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		assertThat(byInstance.keySet()).containsExactlyInAnyOrder("first", "second");
	}

	private static Scheduler scheduler(DataSource dataSource, OneTimeTask<Void> task, String name) {
		return Scheduler.create(dataSource, task)
			.schedulerName(new SchedulerName.Fixed(name))
			.threads(2)
			.pollingInterval(Duration.ofMillis(100))
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
	}

	/** Long enough that one instance cannot drain the queue before the other polls. */
	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
