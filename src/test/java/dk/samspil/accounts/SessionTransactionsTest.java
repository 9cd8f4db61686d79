package dk.samspil.accounts;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspilTest
class SessionTransactionsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	SessionTouches.Repository applicationSessions;

	final AtomicInteger begun = new AtomicInteger();

	final AtomicInteger committed = new AtomicInteger();

	DataSourceTransactionManager manager;

	SessionTransactions transactions;

	SessionTouches.Repository sessions;

	@BeforeEach
	void countTransactions() {
		manager = new DataSourceTransactionManager(dataSource) {
			@Override
			protected void doBegin(Object transaction, TransactionDefinition definition) {
				begun.incrementAndGet();
				super.doBegin(transaction, definition);
			}

			@Override
			protected void doCommit(DefaultTransactionStatus status) {
				committed.incrementAndGet();
				super.doCommit(status);
			}
		};
		transactions = new SessionTransactions(() -> manager);
		var jdbc = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), transactions);
		jdbc.setTableName("ACCOUNTS_SESSION");
		sessions = new SessionTouches.Repository(jdbc);
	}

	@Test
	void aSessionIsReadByItsStatementAloneAndWrittenInATransactionOfItsOwn() {
		SessionTouches.Touched created = sessions.createSession();
		created.setAttribute("greeting", "hej");
		sessions.save(created);
		assertThat(committed).as("saved").hasValue(1);

		SessionTouches.Touched read = sessions.findById(created.getId());

		assertThat(read.<String>getAttribute("greeting")).isEqualTo("hej");
		assertThat(begun).as("no transaction for the read").hasValue(1);
		sessions.deleteById(created.getId());
		assertThat(committed).as("deleted").hasValue(2);
		assertThat(sessions.findById(created.getId())).isNull();
	}

	@Test
	void onlyAReadRunsOutsideATransaction() {
		TransactionCallback<Boolean> inTransaction = status -> TransactionSynchronizationManager
			.isActualTransactionActive();

		boolean read = SessionTransactions.reading(() -> transactions.execute(inTransaction));
		boolean other = transactions.execute(inTransaction);
		SessionTransactions.reading(() -> "read");
		boolean after = transactions.execute(inTransaction);

		assertThat(read).isFalse();
		assertThat(other).isTrue();
		assertThat(after).as("after a read, a transaction again").isTrue();
	}

	@Test
	void aReadWithinATransactionRunsInANewOneAsSpringSessionsOwn() {
		boolean newTransaction = new TransactionTemplate(manager).execute(
				outer -> SessionTransactions.reading(() -> transactions.execute(status -> status.isNewTransaction())));

		assertThat(newTransaction).isTrue();
		assertThat(begun).hasValue(2);
	}

	@Test
	void theApplicationsSessionsRunSo() {
		Object jdbc = ReflectionTestUtils.getField(applicationSessions, "jdbc");
		assertThat(ReflectionTestUtils.getField(jdbc, "transactionOperations")).isInstanceOf(SessionTransactions.class);
	}

}
