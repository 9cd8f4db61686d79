package dk.samspil.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;

/**
 * Finds a person for the group form by the name the secretariat typed or picked from the
 * suggestions ("Anne Holm, klimachef, Vejle"), so the form lists only the members instead
 * of a select for every person.
 */
final class MemberFinder {

	private final Map<String, PersonSummary> byLabel;

	private final Map<PersonId, String> labels;

	private MemberFinder(Map<String, PersonSummary> byLabel) {
		this.byLabel = byLabel;
		this.labels = new LinkedHashMap<>();
		byLabel.forEach((label, person) -> labels.put(person.id(), label));
	}

	static MemberFinder of(List<PersonSummary> people, Function<PersonSummary, String> municipality) {
		Map<String, PersonSummary> byLabel = new LinkedHashMap<>();
		for (PersonSummary person : people) {
			StringBuilder label = new StringBuilder(person.displayName());
			if (person.jobTitle() != null && !person.jobTitle().isBlank()) {
				label.append(", ").append(person.jobTitle().strip());
			}
			String place = municipality.apply(person);
			if (place != null && !place.isBlank()) {
				label.append(", ").append(place);
			}
			String unique = label.toString();
			for (int n = 2; byLabel.containsKey(unique); n++) {
				unique = label + " (" + n + ")";
			}
			byLabel.put(unique, person);
		}
		return new MemberFinder(byLabel);
	}

	/**
	 * The person found, or the message key of why none was: nothing typed, nobody, or
	 * more than one.
	 */
	record Found(PersonSummary person, String problem) {
	}

	Found find(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return new Found(null, "groups.addPerson.empty");
		}
		PersonSummary exact = byLabel.get(text);
		if (exact != null) {
			return new Found(exact, null);
		}
		String wanted = text.toLowerCase(Locale.ROOT);
		List<PersonSummary> matching = byLabel.entrySet()
			.stream()
			.filter(e -> e.getValue().displayName().toLowerCase(Locale.ROOT).equals(wanted)
					|| e.getKey().toLowerCase(Locale.ROOT).contains(wanted))
			.map(Map.Entry::getValue)
			.toList();
		if (matching.size() == 1) {
			return new Found(matching.get(0), null);
		}
		return new Found(null, matching.isEmpty() ? "groups.addPerson.none" : "groups.addPerson.several");
	}

	/** Every person's label, for the suggestions. */
	public List<String> labels() {
		return List.copyOf(byLabel.keySet());
	}

	/** The label of a person, for the list of chosen members. */
	public String label(long personId) {
		return labels.getOrDefault(new PersonId(personId), "#" + personId);
	}

	/** The chosen members as the form lists them, in the order of their names. */
	public List<Long> chosen(GroupForm form) {
		return labels.keySet().stream().filter(id -> form.memberRoles().containsKey(id)).map(PersonId::value).toList();
	}

}
