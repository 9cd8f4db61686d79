package dk.samspil.database;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken while the database is being written to, restored into a fresh directory,
 * starts and holds every row committed before the backup began, and no row without those
 * committed before it: it is the database as it was at one moment.
 */
class BackupTest {

	@TempDir
	Path work;

	@Test
	void aBackupTakenWhileWritingRestoresIntoAFreshDirectoryWithItsData() throws Exception {
		Path data = work.resolve("postgres");
		Path backup = work.resolve("backup");
		Path restored = work.resolve("restored");
		AtomicInteger committed = new AtomicInteger();
		int before;
		try (EmbeddedPostgres source = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient db = JdbcClient.create(source.getPostgresDatabase());
			db.sql("create table probe (id int primary key, body text not null)").update();
			for (int id = 1; id <= 500; id++) {
				db.sql("insert into probe values (?, ?)").params(id, "svar " + id).update();
			}
			committed.set(500);
			AtomicBoolean writing = new AtomicBoolean(true);
			Thread writer = new Thread(() -> {
				while (writing.get()) {
					int id = committed.get() + 1;
					db.sql("insert into probe values (?, ?)").params(id, "svar " + id).update();
					committed.set(id);
				}
			});
			writer.start();
			Thread.sleep(100);
			before = committed.get();
			try {
				SamspilApplicationEntry.run("backup", data.toString(), backup.toString());
			}
			finally {
				writing.set(false);
				writer.join();
			}
		}
		SamspilApplicationEntry.run("restore", backup.toString(), restored.toString());

		try (EmbeddedPostgres copy = EmbeddedPostgres.builder()
			.setDataDirectory(restored)
			.setCleanDataDirectory(false)
			.start()) {
			List<Integer> ids = JdbcClient.create(copy.getPostgresDatabase())
				.sql("select id from probe order by id")
				.query(Integer.class)
				.list();
			assertThat(ids.size()).isGreaterThanOrEqualTo(before).isLessThanOrEqualTo(committed.get());
			assertThat(ids.get(ids.size() - 1)).as("no row missing in between").isEqualTo(ids.size());
			assertThat(JdbcClient.create(copy.getPostgresDatabase())
				.sql("select body from probe where id = ?")
				.param(before)
				.query(String.class)
				.single()).isEqualTo("svar " + before);
		}
	}

	@Test
	void aRestoreNeverWritesIntoAnExistingDirectory() throws Exception {
		Path data = work.resolve("postgres");
		try (EmbeddedPostgres source = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start()) {
			Backup.backup(data, work.resolve("backup"));
		}
		assertThatThrownBy(() -> Backup.restore(work.resolve("backup"), data))
			.isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
	}

	/** The documented command, {@code java -jar samspil.jar backup|restore …}. */
	private static final class SamspilApplicationEntry {

		static void run(String... args) throws Exception {
			dk.samspil.SamspilApplication.main(args);
		}

	}

}
