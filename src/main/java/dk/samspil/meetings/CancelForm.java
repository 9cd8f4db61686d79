package dk.samspil.meetings;

import jakarta.validation.constraints.Size;

/** The chair's confirmation that a meeting is called off, with an optional reason for the members. */
record CancelForm(@Size(max = Cancellation.MAX_REASON, message = "{validation.tooLong}") String reason) {

	static CancelForm empty() {
		return new CancelForm("");
	}
}
