package dk.samspil.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.ThemeId;

/**
 * What a search is narrowed by, as the address gives it: empty text where a filter is not
 * set. A kind that is not offered narrows nothing; a date that cannot be read narrows
 * nothing and is said so next to its field.
 */
record SearchFilters(String group, Long theme, String kind, String from, String to) {

	/**
	 * The kinds offered as a filter; a module adding a kind adds its name to the search
	 * texts.
	 */
	static final List<String> KINDS = List.of("document", "agenda-item", "minutes", "decision", "plan-version",
			"plan-section", "consultation", "consultation-response", "strategy-topic", "strategy-comment", "goal");

	SearchFilters {
		group = group == null ? "" : group;
		kind = kind == null ? "" : kind;
		from = from == null ? "" : from;
		to = to == null ? "" : to;
	}

	/**
	 * Whether any filter is given, even one that cannot be read, so that the person sees
	 * it in its field.
	 */
	boolean isSet() {
		return !group.isEmpty() || theme != null || !kind.isEmpty() || !from.isEmpty() || !to.isEmpty();
	}

	/**
	 * The search for the text narrowed by these filters; a group is named by its slug.
	 */
	SearchQuery query(String text, List<GroupInfo> groups, int page) {
		GroupId groupId = groups.stream()
			.filter(g -> g.slug().equals(group))
			.map(GroupInfo::id)
			.findFirst()
			.orElse(null);
		return new SearchQuery(text, groupId, theme == null ? null : new ThemeId(theme),
				KINDS.contains(kind) ? kind : null, date(from), date(to), page);
	}

	// Public, as the template calls them.

	public boolean fromInvalid() {
		return !from.isBlank() && date(from) == null;
	}

	public boolean toInvalid() {
		return !to.isBlank() && date(to) == null;
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
