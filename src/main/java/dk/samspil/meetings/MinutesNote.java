package dk.samspil.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;

import dk.samspil.accounts.PersonId;
import dk.samspil.time.DanishTime;

/**
 * A member's comment on minutes out for approval, or an addendum correcting approved
 * minutes.
 */
record MinutesNote(Kind kind, PersonId author, String text, Instant at) {

	enum Kind {

		COMMENT, ADDENDUM

	}

	public ZonedDateTime time() {
		return at.atZone(DanishTime.ZONE);
	}
}
