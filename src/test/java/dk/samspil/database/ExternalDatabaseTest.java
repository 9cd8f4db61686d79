package dk.samspil.database;

import java.net.CookieManager;
import java.net.http.HttpResponse;

import dk.samspil.SamspilApplication;
import dk.samspil.Visitors;
import dk.samspil.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * Production: two instances on one external PostgreSQL, as behind a load balancer. They
 * start no database of their own, and a person signed in on one is signed in on the
 * other.
 */
class ExternalDatabaseTest {

	@Test
	void twoInstancesShareOneDatabaseAndTheSessionsInIt() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext first = start(external);
				ConfigurableApplicationContext second = start(external)) {
			assertThat(first.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			// Boot's own DataSource is the case in which db-scheduler's starter silently
			// made no scheduler on Boot 4.
			assertThat(first.getBeanNamesForType(Scheduler.class)).hasSize(1);
			CookieManager browser = new CookieManager();
			HttpResponse<String> signedIn = new WebSession(port(first), browser).signIn(Visitors.MEMBER,
					"samspil-demo");
			assertThat(signedIn.statusCode()).isEqualTo(302);
			HttpResponse<String> groups = new WebSession(port(second), browser).get("/groups");
			assertThat(groups.statusCode()).isEqualTo(200);
			assertThat(groups.body()).contains("Teknisk vand");
		}
	}

	@Test
	void anExternalDatabaseGetsNoDemoDataUnlessAskedFor() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(SamspilApplication.class)
					.run(arguments(external, "auto"))) {
			assertThat(context.getBean(JdbcClient.class)
				.sql("select count(*) from accounts_person")
				.query(Long.class)
				.single()).isZero();
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgres external) {
		return new SpringApplicationBuilder(SamspilApplication.class).run(arguments(external, "true"));
	}

	private static String[] arguments(EmbeddedPostgres external, String demo) {
		return new String[] { "--server.port=0",
				"--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--samspil.demo.data=" + demo };
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
