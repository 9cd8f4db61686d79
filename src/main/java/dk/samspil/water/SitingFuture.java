package dk.samspil.water;

import java.util.Locale;

/**
 * A future the siting question may be asked in: one of the model file's scenarios (its id
 * is its name) or one the group stored (its id is the stored scenario's). The form names
 * the choice by {@link #key()}, "file:baseline" or "stored:12"; a key is only ever
 * matched against the futures offered, never taken apart, so a hand-made one is just not
 * among them.
 */
record SitingFuture(Kind kind, String id, String name) {

	enum Kind {

		/** A scenario in the model file itself. */
		FILE,

		/** A scenario the group stored for the model. */
		STORED

	}

	static SitingFuture ofFile(String name) {
		return new SitingFuture(Kind.FILE, name, name);
	}

	static SitingFuture stored(long id, String name) {
		return new SitingFuture(Kind.STORED, String.valueOf(id), name);
	}

	/** How the form names this future. */
	public String key() {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
	}

	/** The stored scenario's id; only for {@link Kind#STORED}. */
	long storedId() {
		return Long.parseLong(id);
	}

}
