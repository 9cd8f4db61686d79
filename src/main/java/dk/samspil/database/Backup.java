package dk.samspil.database;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Backs up the embedded database while the application runs, and restores a backup into a
 * fresh directory: {@code java -jar samspil.jar backup data/postgres DIR} and
 * {@code java -jar samspil.jar restore DIR data/postgres-restored}.
 * <p>
 * A base backup by PostgreSQL's own low-level API, as {@code pg_basebackup} takes one:
 * {@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}, whose
 * label goes into the copy, then the write-ahead log written meanwhile, which a temporary
 * replication slot keeps until it is copied. The embedded binaries ship no
 * {@code pg_dump} or {@code pg_basebackup}, and an older client's {@code pg_dump} refuses
 * a newer server, so this needs nothing but the JDBC driver. A restored directory starts
 * like any other: PostgreSQL replays the log from the label's checkpoint and is then
 * exactly as it was when the backup ended. When the database is not running the directory
 * is simply copied.
 */
public final class Backup {

	/** What PostgreSQL rebuilds or must not carry over, as pg_basebackup leaves out. */
	private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
			"backup_label", "tablespace_map");

	private Backup() {
	}

	/** {@code backup DATA TARGET} or {@code restore BACKUP DATA}. */
	public static void main(String... args) throws Exception {
		if (args.length == 3 && args[0].equals("backup")) {
			backup(Path.of(args[1]), Path.of(args[2]));
			System.out.println("Backed up " + args[1] + " to " + args[2]);
		}
		else if (args.length == 3 && args[0].equals("restore")) {
			restore(Path.of(args[1]), Path.of(args[2]));
			System.out.println("Restored " + args[1] + " to " + args[2] + "; start the application with "
					+ "--samspil.database.directory=" + args[2]);
		}
		else {
			System.err
				.println("usage: backup DATA-DIRECTORY BACKUP-DIRECTORY | restore BACKUP-DIRECTORY NEW-DATA-DIRECTORY");
			System.exit(2);
		}
	}

	/** Backs the data directory up into {@code target}, which must not exist yet. */
	public static void backup(Path data, Path target) throws IOException, SQLException {
		requireDatabase(data);
		createPrivate(target);
		Path pid = data.resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			copy(data, target, true);
			return;
		}
		int port = Integer.parseInt(Files.readAllLines(pid).get(3).strip());
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", null); Statement sql = connection.createStatement()) {
			// Temporary: gone with this connection, however the backup ends.
			sql.execute(
					"select pg_create_physical_replication_slot('samspil_backup_' || pg_backend_pid(), true, true)");
			sql.execute("select pg_backup_start('samspil', true)");
			copy(data, target, false);
			try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
				stop.next();
				Files.writeString(target.resolve("backup_label"), stop.getString(1));
				String tablespaces = stop.getString(2);
				if (tablespaces != null && !tablespaces.isEmpty()) {
					Files.writeString(target.resolve("tablespace_map"), tablespaces);
				}
			}
			// After the stop, which switched to a new segment: the log up to the backup's
			// end is complete in the files now there.
			copyLog(data.resolve("pg_wal"), target.resolve("pg_wal"));
		}
	}

	/** Puts a backup into {@code data}, which must not exist yet. */
	public static void restore(Path backup, Path data) throws IOException {
		requireDatabase(backup);
		createPrivate(data);
		copy(backup, data, true);
	}

	private static void copy(Path from, Path to, boolean everything) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
					throws IOException {
				Path copy = to.resolve(from.relativize(directory).toString());
				Files.createDirectories(copy);
				boolean leftOut = !everything && directory.getParent() != null && directory.getParent().equals(from)
						&& CONTENTS_LEFT_OUT.contains(directory.getFileName().toString());
				return leftOut ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String name = file.getFileName().toString();
				if (!everything && (FILES_LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp"))
						|| name.equals("postmaster.pid")) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				catch (NoSuchFileException dropped) {
					// a table dropped while copying: the log replays its drop
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	private static void copyLog(Path log, Path target) throws IOException {
		Files.createDirectories(target.resolve("archive_status"));
		try (var files = Files.list(log)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				try {
					Files.copy(file, target.resolve(file.getFileName().toString()));
				}
				catch (NoSuchFileException recycled) {
					// a segment before the backup, recycled meanwhile
				}
			}
		}
	}

	private static void requireDatabase(Path directory) {
		if (!Files.isRegularFile(directory.resolve("PG_VERSION"))) {
			throw new IllegalArgumentException(directory + " holds no PostgreSQL database");
		}
	}

	/**
	 * PostgreSQL starts only on a directory no one else may read, and a backup holds the
	 * same personal data.
	 */
	private static void createPrivate(Path directory) throws IOException {
		if (Files.exists(directory)) {
			throw new FileAlreadyExistsException(directory.toString(), null, "choose a directory that does not exist");
		}
		Files.createDirectories(directory.toAbsolutePath().getParent());
		Files.createDirectory(directory,
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
	}

}
