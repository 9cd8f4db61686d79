package dk.samspil.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a second start on the same data directory into advice instead of a stack trace.
 */
class DatabaseDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseDirectoryInUseException cause) {
		return new FailureAnalysis(
				"Another Samspil is already running on the embedded database in " + cause.directory() + ".",
				"Stop the other instance first, or start this one with its own directory, for example "
						+ "--samspil.database.directory=data/postgres-2. The data was left untouched.",
				cause);
	}

}
