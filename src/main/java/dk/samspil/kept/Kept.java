package dk.samspil.kept;

import java.util.function.Supplier;

/**
 * A value read from tables that change seldom, read again only after one of them changed
 * ({@link KeptTables}). The value must not be changed by whoever gets it: an immutable
 * list or record.
 */
public final class Kept<T> {

	private final KeptTables tables;

	private final Supplier<T> read;

	private volatile Stamped<T> kept;

	Kept(KeptTables tables, Supplier<T> read) {
		this.tables = tables;
		this.read = read;
	}

	/** The value as the tables hold it now, as far as this instance has been told. */
	public T get() {
		Stamped<T> stamped = this.kept;
		long generation = this.tables.generation();
		if (stamped != null && stamped.generation() == generation && this.tables.keeping()) {
			return stamped.value();
		}
		// Stamped before reading: a change told while reading makes the value stale.
		T value = this.read.get();
		if (this.tables.keeping()) {
			this.kept = new Stamped<>(value, generation);
		}
		return value;
	}

	private record Stamped<T>(T value, long generation) {
	}

}
