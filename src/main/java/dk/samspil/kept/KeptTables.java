package dk.samspil.kept;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values of tables that change seldom and are read on many pages, kept in memory: the
 * groups, the themes, who belongs to which group and who processes which consultation
 * were read on every search page, four of its six round trips to PostgreSQL.
 * <p>
 * A trigger on each such table ({@code kept_changed()}) sends a notice when a transaction
 * that changed it commits, whoever wrote it; every instance listens on a connection of
 * its own and forgets all it keeps when told. The instance that wrote forgets at its
 * commit already ({@link #changed}), so its next page shows the change. While an instance
 * does not listen (starting, or its connection lost), it keeps nothing and reads every
 * time, as notices sent meanwhile would be missed.
 */
@Component
public class KeptTables implements SmartLifecycle {

	/** The channel the trigger notifies on. */
	static final String CHANNEL = "kept_changed";

	/** How long the listener waits for a notice before it checks that it is running. */
	static final int WAIT_MILLIS = 1_000;

	/**
	 * How many waits without notice before the connection is checked to be alive: a
	 * connection lost without a word (a network gone) would tell nothing, and what is
	 * kept decides who may read what.
	 */
	static final int CHECK_EVERY = 5;

	/** How long to wait before connecting again after the connection was lost. */
	static final int RETRY_MILLIS = 1_000;

	private static final Logger log = LoggerFactory.getLogger(KeptTables.class);

	private final DataSource dataSource;

	/** Counts changes told: a value read in another generation is read again. */
	private final AtomicLong generation = new AtomicLong();

	private volatile boolean listening;

	private volatile boolean running;

	private Thread listener;

	KeptTables(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A value read from the kept tables, read again after any of them changed. */
	public <T> Kept<T> keep(Supplier<T> read) {
		return new Kept<>(this, read);
	}

	/**
	 * Says that the current transaction changes a kept table: this instance forgets what
	 * it keeps when the transaction ends, and keeps nothing read within it (it may hold
	 * the change before the commit).
	 */
	public void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.generation.incrementAndGet();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			// at the commit already, for listeners of the transaction's events that run
			// then on threads of their own
			@Override
			public void afterCommit() {
				generation.incrementAndGet();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(KeptTables.this);
				generation.incrementAndGet();
			}
		});
	}

	long generation() {
		return this.generation.get();
	}

	/** Whether a value read now may be kept. */
	boolean keeping() {
		return this.listening && !TransactionSynchronizationManager.hasResource(this);
	}

	@Override
	public void start() {
		this.running = true;
		this.listener = new Thread(this::listen, "kept-tables");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.listening = false;
		this.listener.interrupt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean warned = false;
		while (this.running) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + CHANNEL);
				// What was read before listening may have missed a notice.
				this.generation.incrementAndGet();
				this.listening = true;
				warned = false;
				waitForNotices(connection);
			}
			catch (SQLException ex) {
				if (this.running && !warned) {
					log.warn("Not listening for changes of kept tables, reading them every time: {}", ex.getMessage());
					warned = true;
				}
			}
			finally {
				this.listening = false;
				this.generation.incrementAndGet();
			}
			pause();
		}
	}

	private void waitForNotices(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		int quiet = 0;
		while (this.running) {
			PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
			if (notices != null && notices.length > 0) {
				this.generation.incrementAndGet();
				quiet = 0;
			}
			else if (++quiet >= CHECK_EVERY) {
				if (!connection.isValid(WAIT_MILLIS / 1_000)) {
					return;
				}
				quiet = 0;
			}
		}
	}

	/**
	 * A connection of the listener's own, not one of the pool's: it is held as long as
	 * the instance runs.
	 */
	private Connection connect() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			Properties properties = new Properties();
			properties.putAll(pool.getDataSourceProperties());
			if (pool.getUsername() != null) {
				properties.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				properties.setProperty("password", pool.getPassword());
			}
			return DriverManager.getConnection(pool.getJdbcUrl(), properties);
		}
		return this.dataSource.getConnection();
	}

	private void pause() {
		if (!this.running) {
			return;
		}
		try {
			Thread.sleep(RETRY_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
