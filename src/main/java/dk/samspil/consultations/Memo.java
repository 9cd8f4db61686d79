package dk.samspil.consultations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.region.Municipality;

import org.springframework.context.MessageSource;

/**
 * The consultation memo (høringsnotat): a part per municipality (and one for responses
 * from outside the region), entries ordered by section and theme, with counts. In the
 * public version a citizen is named by the receipt number they were given ("Borger
 * H-000012"), so they find their own response and nobody else learns who sent it;
 * organisations keep their names.
 */
record Memo(Consultation consultation, boolean internal, List<ConsultedSection> sections, List<Part> parts,
		Map<Outcome, Long> outcomes, int responses, boolean ideas) {

	/**
	 * One response or campaign as the memo shows it. {@code author} is already redacted
	 * in the public version, where it holds the receipt number ({@code named} is false).
	 */
	record Entry(String author, boolean named, String receipt, int count, String contact, List<String> sections,
			String theme, String summary, String comment, Outcome outcome, String changeText, String changeSection,
			boolean late) {
	}

	/**
	 * The memo's own words in the reader's language: what a citizen is called beside the
	 * receipt number, and the name of a plan's untitled opening section.
	 */
	record Words(String citizen, String preamble) {

		static Words in(MessageSource messages, Locale locale) {
			return new Words(messages.getMessage("consultations.memo.citizen", null, locale),
					messages.getMessage("plans.preamble", null, locale));
		}

	}

	/** {@code municipality} is null for the part from outside the region. */
	record Part(Municipality municipality, List<Entry> entries, int responses) {
	}

	/**
	 * The memo of the responses; with {@code ideas}, the summary of the idea phase's
	 * ideas, kept apart.
	 */
	static Memo of(Consultation consultation, List<ConsultedSection> sections, List<Municipality> municipalities,
			List<Response> all, boolean internal, Words words, boolean ideas) {
		List<Response> live = all.stream().filter(r -> !r.withdrawn() && r.isIdea() == ideas).toList();
		Map<String, Integer> order = new HashMap<>();
		Map<String, String> headings = new HashMap<>();
		for (int i = 0; i < sections.size(); i++) {
			order.put(sections.get(i).anchor(), i);
			headings.put(sections.get(i).anchor(), sections.get(i).title(words.preamble()));
		}
		Map<String, List<ResponseGroup>> byMunicipality = new LinkedHashMap<>();
		for (ResponseGroup group : Campaigns.group(live)) {
			byMunicipality.computeIfAbsent(group.first().municipality(), key -> new ArrayList<>()).add(group);
		}
		List<Part> parts = new ArrayList<>();
		for (Municipality m : municipalities) {
			parts.add(part(m, byMunicipality.getOrDefault(m.code().value(), List.of()), order, headings, internal,
					words.citizen()));
		}
		parts.add(part(null, byMunicipality.getOrDefault(null, List.of()), order, headings, internal, words.citizen()));
		Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, live.stream().filter(r -> outcome == r.outcome()).count());
		}
		return new Memo(consultation, internal, sections, parts, outcomes, live.size(), ideas);
	}

	private static Part part(Municipality municipality, List<ResponseGroup> groups, Map<String, Integer> order,
			Map<String, String> headings, boolean internal, String citizen) {
		List<Entry> entries = groups.stream()
			.sorted(Comparator.comparing((ResponseGroup g) -> firstSection(g.first(), order))
				.thenComparing(g -> g.first().theme() == null ? "\uffff" : g.first().theme())
				.thenComparing(g -> g.first().receivedAt()))
			.map(g -> entry(g, headings, internal, citizen))
			.toList();
		return new Part(municipality, entries, groups.stream().mapToInt(ResponseGroup::count).sum());
	}

	private static Entry entry(ResponseGroup group, Map<String, String> headings, boolean internal, String citizen) {
		Response r = group.first();
		boolean named = r.fromOrganisation() || internal && r.name() != null;
		String author = r.fromOrganisation() ? r.organisation() : named ? r.name() : citizen + " " + r.receipt();
		String contact = internal ? String.join(" · ",
				nonNull(r.email(), r.postcode(), internal && r.fromOrganisation() ? r.name() : null)) : null;
		List<String> sections = r.anchors().stream().map(a -> headings.getOrDefault(a, a)).toList();
		return new Entry(author, named, r.receipt(), group.count(), contact, sections, r.theme(), r.summary(),
				r.comment(), r.outcome(), r.changeText(),
				r.changeAnchor() == null ? null : headings.get(r.changeAnchor()), r.late());
	}

	private static int firstSection(Response r, Map<String, Integer> order) {
		return r.anchors().stream().mapToInt(a -> order.getOrDefault(a, Integer.MAX_VALUE)).min().orElse(-1);
	}

	private static List<String> nonNull(String... values) {
		return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
	}
}
