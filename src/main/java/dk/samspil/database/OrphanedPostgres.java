package dk.samspil.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed (a crash, an out-of-memory kill, {@code kill -9}), the
 * PostgreSQL server it started keeps running on the data directory and the next start
 * would fail. A server is orphaned when its data directory's lock file is free: the
 * application that held it is gone. Such a server is shut down, and PostgreSQL's own
 * recovery takes over at the next start; a server whose application still runs is left
 * alone.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private static final String LOCK_FILE = "epg-lock";

	private OrphanedPostgres() {
	}

	static void stopIfOrphaned(Path data) throws IOException {
		Optional<ProcessHandle> server = server(data);
		if (server.isEmpty() || !lockIsFree(data)) {
			return;
		}
		log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an application that ended abruptly",
				server.get().pid(), data);
		server.get().destroy();
		try {
			server.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			server.get().destroyForcibly();
			server.get().onExit().join();
		}
	}

	/**
	 * The postmaster named in the data directory's pid file, if that process still runs
	 * and is PostgreSQL.
	 */
	private static Optional<ProcessHandle> server(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (!first.matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(first))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(command -> command.endsWith("postgres")).orElse(false));
	}

	private static boolean lockIsFree(Path data) throws IOException {
		Path lock = data.resolve(LOCK_FILE);
		if (!Files.exists(lock)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
				FileLock held = channel.tryLock()) {
			return held != null;
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very JVM: a second context on the same directory, which zonky
			// refuses by itself.
			return false;
		}
	}

}
