package dk.samspil.consultations;

import java.time.Instant;
import java.util.List;

/** A response as the officials see it. Personal fields are null once erased. */
record Response(long id, long consultationId, String receipt, String name, String email, String postcode,
		String municipality, String organisation, boolean wholeDocument, String body, boolean late,
		Instant receivedAt, Instant withdrawnAt, Instant erasedAt, String assignedTo, Long caseworkerId, String theme,
		String status, String summary, String comment, String outcome, String changeText, String changeAnchor,
		List<String> anchors, int attachments, Kind kind) {

	/** A response to the consultation, or an idea sent in the idea phase before it (Planloven § 23 c). */
	enum Kind {
		RESPONSE, IDEA
	}

	public boolean isIdea() {
		return kind == Kind.IDEA;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean fromOrganisation() {
		return organisation != null && !organisation.isBlank();
	}
}
