package dk.samspil.kept;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import dk.samspil.SamspilTest;
import dk.samspil.groups.Theme;
import dk.samspil.groups.Themes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspilTest
class KeptTablesTest {

	/** How long a notice may take to arrive, at most, before a test fails. */
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	KeptTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Themes themes;

	private final AtomicInteger reads = new AtomicInteger();

	private Kept<Long> count;

	@BeforeEach
	void keepTheCountOfThemes() {
		count = tables.keep(() -> {
			reads.incrementAndGet();
			return jdbc.sql("select count(*) from groups_theme").query(Long.class).single();
		});
		awaitThat(tables::keeping, "listening");
	}

	@Test
	void aValueIsReadOnceUntilAnotherInstanceChangesItsTable() {
		long before = count.get();
		count.get();
		assertThat(reads).hasValue(1);

		// as another instance would: its own connection and transaction, no word to this
		// one
		jdbc.sql("insert into groups_theme (name) values (?)").param("Havvind " + System.nanoTime()).update();

		awaitThat(() -> count.get() == before + 1, "the new count");
		int afterNotice = reads.get();
		count.get();
		assertThat(reads).as("kept again after the notice").hasValue(afterNotice);
	}

	@Test
	void theInstanceThatChangesATableForgetsAtItsCommitAndKeepsNothingReadBefore() {
		String name = "Kystsikring " + System.nanoTime();
		long before = count.get();
		transaction.executeWithoutResult(status -> {
			themes.add(name);
			assertThat(count.get()).as("read within the change").isEqualTo(before + 1);
			assertThat(themes.all()).extracting(Theme::name).contains(name);
		});
		assertThat(reads).as("nothing read within the change was kept").hasValue(2);

		// no notice awaited: the change is seen at once
		assertThat(themes.all()).extracting(Theme::name).contains(name);
		assertThat(count.get()).isEqualTo(before + 1);
	}

	@Test
	void aChangeRolledBackIsNotForgottenForAndNothingIsToldOfIt() {
		long before = count.get();
		transaction.executeWithoutResult(status -> {
			themes.add("Fjernvarme " + System.nanoTime());
			status.setRollbackOnly();
		});
		assertThat(count.get()).isEqualTo(before);
	}

	@Test
	void aLostConnectionIsTakenUpAgainAndAChangeMeanwhileIsNotMissed() {
		long before = count.get();
		jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query = ?")
			.param("listen " + KeptTables.CHANNEL)
			.query(Boolean.class)
			.list();
		jdbc.sql("insert into groups_theme (name) values (?)").param("Biogas " + System.nanoTime()).update();

		awaitThat(() -> count.get() == before + 1, "the count changed while not listening");
		awaitThat(tables::keeping, "listening again");
		count.get();
		int kept = reads.get();
		count.get();
		assertThat(reads).as("kept again once listening").hasValue(kept);
	}

	private static void awaitThat(Callable<Boolean> condition, String what) {
		Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(10)).until(condition);
	}

}
