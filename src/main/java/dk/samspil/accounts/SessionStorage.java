package dk.samspil.accounts;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL. Two requests of one person at once (a page and its
 * fragments, two tabs, two instances) can each add the same attribute to the session; the
 * second one's insert would fail on the duplicate key and lose what it stored, so an
 * attribute is written with PostgreSQL's upsert and the later write wins. Attributes are
 * read back as {@link SessionValues} says.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage implements BeanClassLoaderAware {

	private ClassLoader classLoader;

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> keptSessionValues() {
		return sessions -> sessions.setConversionService(new SessionValues(this.classLoader));
	}

}
