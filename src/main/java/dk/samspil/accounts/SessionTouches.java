package dk.samspil.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions as Spring Session keeps them in PostgreSQL, except that a request writes the
 * session's last access only when the stored one is {@link #GRANULARITY} old or more.
 * Spring Session writes it on every request: an {@code UPDATE} of the session row and its
 * indexes per page view, with every tab of one person waiting on that row's lock. A
 * session that lasts eight hours without a request now ends up to a minute earlier, which
 * nobody notices; what a request changes in the session itself (a sign-in, a form's
 * token, a confirmation to show) is written as before. A session is read by one
 * statement, outside a transaction ({@link SessionTransactions}).
 */
@Component
class SessionTouches implements BeanPostProcessor {

	static final Duration GRANULARITY = Duration.ofMinutes(1);

	private final ObjectProvider<PlatformTransactionManager> transactionManager;

	SessionTouches(ObjectProvider<PlatformTransactionManager> transactionManager) {
		this.transactionManager = transactionManager;
	}

	/** Spring Session's queries run as {@link SessionTransactions} says. */
	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcHttpSessionConfiguration configuration) {
			configuration.setTransactionOperations(new SessionTransactions(this.transactionManager::getObject));
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof JdbcIndexedSessionRepository sessions ? new Repository(sessions) : bean;
	}

	/**
	 * The JDBC repository, handing out sessions that are touched at most once a minute.
	 */
	static final class Repository implements FindByIndexNameSessionRepository<Touched> {

		private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

		private final FindByIndexNameSessionRepository<Session> sessions;

		private final JdbcIndexedSessionRepository jdbc;

		/** Its sessions are of a type it keeps to itself; here they are just sessions. */
		@SuppressWarnings("unchecked")
		Repository(JdbcIndexedSessionRepository sessions) {
			this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions;
			this.jdbc = sessions;
		}

		/** Deletes the sessions that have expired (see {@link SessionCleanup}). */
		void cleanUpExpiredSessions() {
			this.jdbc.cleanUpExpiredSessions();
		}

		@Override
		public Touched createSession() {
			return new Touched(this.sessions.createSession());
		}

		@Override
		public void save(Touched session) {
			this.sessions.save(session.session);
		}

		/**
		 * Read once a request (see {@link SessionReads}), by one statement outside a
		 * transaction. A cookie that holds no session id (the table's ids are 36 letters,
		 * digits and dashes) finds no session, rather than a query PostgreSQL refuses.
		 */
		@Override
		public Touched findById(String id) {
			if (!SESSION_ID.matcher(id).matches()) {
				return null;
			}
			Touched read = SessionReads.alreadyRead(id);
			if (read != null) {
				return read;
			}
			Session session = SessionTransactions.reading(() -> this.sessions.findById(id));
			Touched found = session == null ? null : new Touched(session);
			SessionReads.read(id, found);
			return found;
		}

		@Override
		public void deleteById(String id) {
			SessionReads.deleted(id);
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> new Touched(entry.getValue())));
		}

	}

	/** A stored session whose last access moves only in steps of a minute. */
	static final class Touched implements Session {

		private final Session session;

		Touched(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(GRANULARITY))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
