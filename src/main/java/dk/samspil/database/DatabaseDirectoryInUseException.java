package dk.samspil.database;

import java.nio.file.Path;

class DatabaseDirectoryInUseException extends RuntimeException {

	private final Path directory;

	DatabaseDirectoryInUseException(Path directory, Throwable cause) {
		super("The database directory " + directory + " is in use by another process", cause);
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}

}
