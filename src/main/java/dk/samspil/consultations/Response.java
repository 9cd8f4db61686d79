package dk.samspil.consultations;

import java.time.Instant;
import java.util.List;

import dk.samspil.accounts.PersonId;

/**
 * A response as the officials see it: what was sent (personal fields are null once
 * erased) and its processing, which changes on its own and counts its saves in
 * {@code processingVersion}.
 */
record Response(long id, long consultationId, String receipt, String name, String email, String postcode,
		String municipality, String organisation, boolean wholeDocument, String body, boolean late, Instant receivedAt,
		Instant withdrawnAt, Instant erasedAt, List<String> anchors, int attachments, Processing processing,
		int processingVersion, Kind kind) {

	public String assignedTo() {
		return processing.routing().assignedTo();
	}

	/**
	 * The municipality that handles the response: the one a caseworker assigned it to, or
	 * else the one its postcode lies in (null outside the region).
	 */
	public String handledBy() {
		return assignedTo() != null ? assignedTo() : municipality;
	}

	/** The official (another module's person) the response is given to, or null. */
	public PersonId caseworker() {
		return processing.routing().caseworker();
	}

	public String theme() {
		return processing.routing().theme();
	}

	public Processing.Status status() {
		return processing.status();
	}

	public String summary() {
		return processing.assessment().summary();
	}

	public String comment() {
		return processing.assessment().comment();
	}

	public Outcome outcome() {
		return processing.assessment().outcome();
	}

	public String changeText() {
		return processing.assessment().changeText();
	}

	public String changeAnchor() {
		return processing.assessment().changeAnchor();
	}

	/**
	 * A response to the consultation, or an idea sent in the idea phase before it
	 * (Planloven § 23 c).
	 */
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
