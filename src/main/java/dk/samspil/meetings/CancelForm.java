package dk.samspil.meetings;

import java.util.OptionalLong;

import jakarta.validation.constraints.Size;

/**
 * The chair's confirmation that a meeting is called off, with an optional reason for the
 * members, and whether its agenda items go on to the meeting the page offered.
 * {@code carryTo} is that meeting's id, chosen when the page was shown; it is text, so
 * that whatever comes back in it is refused with a message rather than failing the
 * binding.
 */
record CancelForm(@Size(max = Cancellation.MAX_REASON, message = "{validation.tooLong}") String reason, Boolean carry,
		String carryTo) {

	/** Moving the items on is what members usually want, so it is offered ticked. */
	static CancelForm empty() {
		return new CancelForm("", true, null);
	}

	boolean carrying() {
		return Boolean.TRUE.equals(carry);
	}

	/** The id of the meeting to take the items, when the form names one. */
	OptionalLong target() {
		try {
			return carryTo == null || carryTo.isBlank() ? OptionalLong.empty()
					: OptionalLong.of(Long.parseLong(carryTo.strip()));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}
}
