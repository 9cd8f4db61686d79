package dk.samspil.database;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

import dk.samspil.SamspilApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default start: a database under the working directory that outlives a restart and
 * refuses a second user.
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path workingDirectory;

	/**
	 * One test for what each start costs seconds to show: data written to disk before a
	 * commit returns, the server stopped by a clean shutdown, found again by the next
	 * start.
	 */
	@Test
	void aRestartFindsTheDataOfTheFirstStartAfterACleanShutdownAndTheDemoIsLoadedOnce() {
		String directory = workingDirectory.resolve("postgres").toString();
		int port;
		try (ConfigurableApplicationContext first = start(directory)) {
			assertThat(jdbc(first).sql("show fsync").query(String.class).single()).isEqualTo("on");
			jdbc(first).sql("insert into region_municipality values ('0101', 'København', 1, null, null, 55.7, 12.6)")
				.update();
			port = first.getBean(EmbeddedPostgres.class).getPort();
			assertThat(accepts(port)).isTrue();
		}
		assertThat(accepts(port)).as("the PostgreSQL server stopped with the application").isFalse();
		try (ConfigurableApplicationContext second = start(directory)) {
			assertThat(jdbc(second).sql("select name from region_municipality where code = '0101'")
				.query(String.class)
				.single()).isEqualTo("København");
			assertThat(jdbc(second).sql("select count(*) from groups_group").query(Long.class).single()).isEqualTo(7);
		}
	}

	@Test
	void aThrowAwayDatabaseLeavesNoFilesBehind() {
		Path folder;
		try (ConfigurableApplicationContext throwAway = new SpringApplicationBuilder(SamspilApplication.class)
			.run("--server.port=0", "--samspil.database.ephemeral=true", "--samspil.demo.data=false")) {
			var folders = throwAway.getBean(EmbeddedDatabaseConfiguration.DatabaseFolders.class);
			folder = folders.data().getParent();
			assertThat(folders.runtime()).startsWith(folder).isDirectory();
		}
		assertThat(folder).doesNotExist();
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearMessage() {
		String directory = workingDirectory.resolve("postgres").toString();
		try (ConfigurableApplicationContext first = start(directory)) {
			assertThatThrownBy(() -> start(directory)).hasRootCauseInstanceOf(IllegalStateException.class)
				.satisfies(failure -> {
					var inUse = findCause(failure, DatabaseDirectoryInUseException.class);
					var analysis = new DatabaseDirectoryInUseFailureAnalyzer().analyze(failure);
					assertThat(inUse).isNotNull();
					assertThat(analysis.getDescription()).contains("already running", directory);
					assertThat(analysis.getAction()).contains("samspil.database.directory");
				});
			assertThat(jdbc(first).sql("select count(*) from region_municipality").query(Long.class).single())
				.isEqualTo(7);
		}
	}

	private static ConfigurableApplicationContext start(String directory) {
		return new SpringApplicationBuilder(SamspilApplication.class).run("--server.port=0",
				"--samspil.database.ephemeral=false", "--samspil.database.directory=" + directory,
				"--samspil.demo.data=auto");
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("localhost", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
