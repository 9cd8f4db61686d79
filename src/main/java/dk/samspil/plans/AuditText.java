package dk.samspil.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.region.MunicipalityCode;

/**
 * What an audit entry says before or after a change, kept as labelled parts
 * ({@code @m=0621|body=COUNCIL|v=2}) rather than as prose, so that the log is written for
 * its reader when it is shown: the municipality's and committee's names, the decision in
 * words, dates the Danish or the English way. Free text (a reason, a title, who objected)
 * is always the last part and may hold anything. Entries written before this were prose
 * and are shown as they are.
 */
final class AuditText {

	static final String MARK = "@";

	private static final String SEPARATOR = "|";

	/** Parts with a free text value, which run to the end of the entry. */
	private static final List<String> FREE_TEXT = List.of("reason", "title", "by");

	private final List<String> parts = new ArrayList<>();

	private boolean closed;

	static AuditText of() {
		return new AuditText();
	}

	static AuditText step(Step step) {
		return of().municipality(step.municipality())
			.body(step.body())
			.version(step.versionNumber())
			.decision(step.decision())
			.date(step.meetingDate());
	}

	static AuditText state(Adoption.State state) {
		return of().add("state", state.name());
	}

	AuditText municipality(MunicipalityCode code) {
		return add("m", code.value());
	}

	AuditText body(Step.Body body) {
		return add("body", body.name());
	}

	AuditText version(int number) {
		return add("v", Integer.toString(number));
	}

	AuditText decision(Step.Decision decision) {
		return add("decision", decision.name());
	}

	AuditText date(LocalDate date) {
		return add("date", date.toString());
	}

	AuditText period(LocalDate from, LocalDate to) {
		return add("from", from.toString()).add("to", to.toString());
	}

	AuditText minorChange() {
		return add("minor", "true");
	}

	AuditText objection(long id, Objection.Paragraph paragraph) {
		return add("objection", Long.toString(id)).add("paragraph", paragraph.name());
	}

	AuditText objectionStands(long id, boolean stands) {
		return add("objection", Long.toString(id)).add("stands", Boolean.toString(stands));
	}

	AuditText count(String what, long count) {
		return add(what, Long.toString(count));
	}

	/** A reason, a title or who objected: the last part. */
	AuditText text(String key, String text) {
		if (!FREE_TEXT.contains(key)) {
			throw new IllegalArgumentException("Not a free text part: " + key);
		}
		add(key, text);
		closed = true;
		return this;
	}

	private AuditText add(String key, String value) {
		if (closed) {
			throw new IllegalStateException("Free text is the last part of an audit entry");
		}
		parts.add(key + "=" + value);
		return this;
	}

	@Override
	public String toString() {
		return MARK + String.join(SEPARATOR, parts);
	}

	/**
	 * The parts of a stored entry in their order, or null when it was written as prose.
	 */
	static Map<String, String> parse(String stored) {
		if (stored == null || !stored.startsWith(MARK) || stored.indexOf('=') < 0) {
			return null;
		}
		Map<String, String> parts = new LinkedHashMap<>();
		String rest = stored.substring(MARK.length());
		while (!rest.isEmpty()) {
			int equals = rest.indexOf('=');
			if (equals < 0) {
				return null;
			}
			String key = rest.substring(0, equals);
			String value = rest.substring(equals + 1);
			if (FREE_TEXT.contains(key)) {
				parts.put(key, value);
				break;
			}
			int end = value.indexOf(SEPARATOR);
			parts.put(key, end < 0 ? value : value.substring(0, end));
			rest = end < 0 ? "" : value.substring(end + SEPARATOR.length());
		}
		return parts;
	}

}
