package dk.samspil.consultations;

import java.util.function.Predicate;

/**
 * The officials' filters on the responses; an empty value does not filter.
 * {@code municipality} "outside" means none.
 */
record ResponseFilter(String municipality, String section, String theme, String status, String outcome, Boolean late,
		String kind) {

	static final String OUTSIDE = "outside";

	/** No filter but the list: every response, or every idea. */
	static ResponseFilter all(Response.Kind kind) {
		return new ResponseFilter(null, null, null, null, null, null, kind.name());
	}

	Predicate<Response> predicate() {
		return r -> matches(municipality, OUTSIDE.equals(municipality) ? null : r.municipality(), r.municipality())
				&& (blank(section) || r.anchors().contains(section) || section.equals("whole") && r.wholeDocument())
				&& (blank(theme) || theme.equals(r.theme())) && (blank(status) || status.equals(r.status().name()))
				&& (blank(outcome) || r.outcome() != null && outcome.equals(r.outcome().name()))
				&& (late == null || late == r.late()) && r.isIdea() == ideas();
	}

	/**
	 * The ideas of the idea phase are a list of their own; without {@code kind=IDEA} the
	 * responses are shown.
	 */
	boolean ideas() {
		return Response.Kind.IDEA.name().equals(kind);
	}

	private static boolean matches(String wanted, String expected, String actual) {
		if (blank(wanted)) {
			return true;
		}
		return OUTSIDE.equals(wanted) ? actual == null : wanted.equals(actual);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
