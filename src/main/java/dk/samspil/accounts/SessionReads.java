package dk.samspil.accounts;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A request reads its session from PostgreSQL once. Spring Session reads it when the
 * request starts and, after saving it at the end, reads it once more only to compare its
 * id with the cookie's (spring-session issue 1731): a second query of the session and its
 * attributes on every page view, whose answer changes nothing (a session someone deleted
 * meanwhile gives the same answer). Around Spring Session's filter, a request remembers
 * the sessions it read, and asking for the same id again gives the one it holds. Outside
 * a request, and after a session was deleted or got a new id, sessions are read from the
 * database as before.
 */
class SessionReads implements Filter {

	private static final ThreadLocal<Map<String, SessionTouches.Touched>> READ = new ThreadLocal<>();

	/**
	 * Registers the filter. A class of its own: were the filter itself a bean, Boot would
	 * register it a second time, late in the chain.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static FilterRegistrationBean<SessionReads> sessionReadsFilter() {
			FilterRegistrationBean<SessionReads> registration = new FilterRegistrationBean<>(new SessionReads());
			// Just outside Spring Session's filter, on every dispatch it runs on.
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
			return registration;
		}

	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		// An error page dispatched within a request keeps the outer request's sessions.
		Map<String, SessionTouches.Touched> outer = READ.get();
		READ.set(outer == null ? new HashMap<>() : outer);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				READ.remove();
			}
		}
	}

	/**
	 * The session with this id that the current request has read already, or null.
	 */
	static SessionTouches.Touched alreadyRead(String id) {
		Map<String, SessionTouches.Touched> read = READ.get();
		SessionTouches.Touched session = read == null ? null : read.get(id);
		return session != null && session.getId().equals(id) ? session : null;
	}

	/** Remembers a session the current request read, if within a request. */
	static void read(String id, SessionTouches.Touched session) {
		Map<String, SessionTouches.Touched> read = READ.get();
		if (read != null && session != null) {
			read.put(id, session);
		}
	}

	/** Forgets a session that was deleted. */
	static void deleted(String id) {
		Map<String, SessionTouches.Touched> read = READ.get();
		if (read != null) {
			read.remove(id);
		}
	}

}
