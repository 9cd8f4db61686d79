package dk.samspil.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;

import dk.samspil.accounts.PersonId;
import dk.samspil.time.DanishTime;

/**
 * That a meeting was called off: when, by whom and, if given, why. The reason is plain
 * text.
 */
record Cancellation(Instant at, PersonId by, String reason) {

	static final int MAX_REASON = 500;

	Cancellation {
		reason = reason == null || reason.isBlank() ? null : reason.strip();
		if (reason != null && reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("A reason of at most " + MAX_REASON + " characters");
		}
	}

	public ZonedDateTime time() {
		return at.atZone(DanishTime.ZONE);
	}
}
