package dk.samspil.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.PersonId;
import dk.samspil.rules.Refusal;

/**
 * The voters of a round as the form sends them: each checked box is {@code 0630:123}, a
 * municipality and a person voting for it.
 */
record VotersForm(List<String> voter) {

	/**
	 * The people named, by municipality; refused for a value no box on the page sends.
	 */
	Map<String, List<PersonId>> byMunicipality() {
		Map<String, List<PersonId>> voters = new LinkedHashMap<>();
		for (String value : voter == null ? List.<String>of() : voter) {
			if (value == null || !value.matches("\\d{4}:\\d{1,12}")) {
				throw new Refusal("strategy.voters.unreadable");
			}
			voters.computeIfAbsent(value.substring(0, 4), k -> new ArrayList<>())
				.add(new PersonId(Long.parseLong(value.substring(5))));
		}
		return voters;
	}

}
