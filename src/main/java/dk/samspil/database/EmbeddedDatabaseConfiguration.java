package dk.samspil.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * With no {@code spring.datasource.url}, Samspil runs on its own PostgreSQL whose data
 * lives in {@code samspil.database.directory}, so a newcomer needs nothing but Java and
 * Maven and a restart keeps what was created. In production the usual Spring variables
 * point at an external PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Where the server keeps its data and runs from (its binaries, its socket): beside
	 * the data folder, or for a throw-away database (the tests') both in a temporary
	 * folder, deleted when the server has stopped.
	 */
	@Bean
	DatabaseFolders databaseFolders(@Value("${samspil.database.directory}") Path directory,
			@Value("${samspil.database.ephemeral:false}") boolean ephemeral) throws IOException {
		Path data = ephemeral ? Files.createTempDirectory("samspil-pg-").resolve("data")
				: directory.toAbsolutePath().normalize();
		DatabaseFolders folders = new DatabaseFolders(data, data.resolveSibling(data.getFileName() + "-runtime"),
				ephemeral);
		Files.createDirectories(folders.data());
		Files.createDirectories(folders.runtime());
		return folders;
	}

	/** Stopped before its folders are deleted, which it depends on. */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseFolders folders) throws IOException {
		boolean ephemeral = folders.ephemeral();
		Path data = folders.data();
		Path runtime = folders.runtime();
		if (!ephemeral) {
			OrphanedPostgres.stopIfOrphaned(data);
		}
		log.info("Starting embedded PostgreSQL with its data in {}", data);
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setOverrideWorkingDirectory(runtime.toFile())
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(false)
				.setServerConfig("unix_socket_directories", runtime.toString());
			if (!ephemeral) {
				// The library starts PostgreSQL with fsync off (-F), made for throw-away
				// test databases; data that
				// is kept must survive a power cut, so what a commit acknowledged is on
				// disk.
				builder.setServerConfig("fsync", "on");
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL is running on port {}", postgres.getPort());
			return postgres;
		}
		catch (IllegalStateException ex) {
			throw new DatabaseDirectoryInUseException(data, ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	/** The folders of the server; a throw-away database's are deleted when it stops. */
	record DatabaseFolders(Path data, Path runtime, boolean ephemeral) implements DisposableBean {

		@Override
		public void destroy() throws IOException {
			if (ephemeral) {
				FileSystemUtils.deleteRecursively(data.getParent());
			}
		}

	}

}
