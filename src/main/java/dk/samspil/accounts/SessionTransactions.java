package dk.samspil.accounts;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Spring Session's queries run: each in a new transaction of its own, as Spring
 * Session runs them, except the read of a session when no transaction is under way. That
 * read is one statement, and its transaction cost a round trip to PostgreSQL (the commit)
 * on every page view; alone, the statement is its own transaction. An expired session
 * found is deleted the same way, by one statement.
 */
final class SessionTransactions implements TransactionOperations {

	/** Whether the current thread is reading a session. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final Supplier<PlatformTransactionManager> transactionManager;

	private volatile TransactionTemplate own;

	SessionTransactions(Supplier<PlatformTransactionManager> transactionManager) {
		this.transactionManager = transactionManager;
	}

	/** Reads a session, by {@code read}, without a transaction of its own. */
	static <T> T reading(Supplier<T> read) {
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return own().execute(action);
	}

	/**
	 * A new transaction, as Spring Session's own; made on first use, once the transaction
	 * manager exists.
	 */
	private TransactionTemplate own() {
		TransactionTemplate template = this.own;
		if (template == null) {
			template = new TransactionTemplate(this.transactionManager.get());
			template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			this.own = template;
		}
		return template;
	}

}
