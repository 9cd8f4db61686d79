package dk.samspil.consultations;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.search.Readers;

import org.springframework.stereotype.Component;

/**
 * Who may see a response's personal data and process it: the secretariat, the
 * consultation's caseworkers (at first the members of the group that owns the document),
 * the caseworkers named for the municipality that handles a response (the one it is
 * assigned to, or else the one its postcode lies in), and the person it is assigned to.
 * Everyone else reads only the processed, pseudonymised memo. The search keeps the same
 * rule: a response is found by the holders of the keys {@link #readers(Response)} names,
 * which {@link #keysOf(PersonId)} grants.
 */
@Component
class ProcessingAccess implements Readers {

	/** What one person may open in one consultation. */
	record Reach(PersonId person, boolean all, Set<String> municipalities) {

		boolean any() {
			return all || !municipalities.isEmpty();
		}

		boolean mayOpen(Response response) {
			return all || response.handledBy() != null && municipalities.contains(response.handledBy())
					|| response.caseworker() != null && response.caseworker().equals(person);
		}
	}

	private final Caseworkers caseworkers;

	private final Responses responses;

	ProcessingAccess(Caseworkers caseworkers, Responses responses) {
		this.caseworkers = caseworkers;
		this.responses = responses;
	}

	Reach of(SignedInUser user, long consultationId) {
		PersonId person = user.personId();
		if (user.isSecretariat()) {
			return new Reach(person, true, Set.of());
		}
		var named = caseworkers.ofPerson(consultationId, person);
		boolean all = named.stream().anyMatch(Caseworkers.Caseworker::wholeConsultation);
		Set<String> municipalities = named.stream()
			.map(Caseworkers.Caseworker::municipality)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return new Reach(person, all, municipalities);
	}

	/** The keys of those who may open the response, as {@link Reach#mayOpen} says. */
	static Set<String> readers(Response response) {
		Set<String> keys = new HashSet<>();
		keys.add("consultations:" + response.consultationId());
		if (response.handledBy() != null) {
			keys.add("consultations:" + response.consultationId() + ":" + response.handledBy());
		}
		if (response.caseworker() != null) {
			keys.add("consultations:person:" + response.caseworker().value());
		}
		return keys;
	}

	/** The keys of the responses the person may open: see {@link #readers(Response)}. */
	@Override
	public Set<String> keysOf(PersonId person) {
		Set<String> keys = new HashSet<>();
		keys.add("consultations:person:" + person.value());
		for (Caseworkers.Named named : caseworkers.ofPersonEverywhere(person)) {
			keys.add("consultations:" + named.consultationId()
					+ (named.municipality() == null ? "" : ":" + named.municipality()));
		}
		return keys;
	}

	/**
	 * Whether the person may open at least one response of the consultation, so the list
	 * is worth showing.
	 */
	boolean mayWorkOn(SignedInUser user, long consultationId) {
		Reach reach = of(user, consultationId);
		return reach.any() || responses.assignedToPerson(consultationId, reach.person());
	}

}
