package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.Region;
import dk.samspil.rules.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the secretariat does with a consultation: name its caseworkers and publish
 * its memo.
 */
@Component
class SecretariatDesk {

	private final Consultations consultations;

	private final Caseworkers caseworkers;

	private final Clock clock;

	private final Accounts accounts;

	private final Region region;

	SecretariatDesk(Consultations consultations, Caseworkers caseworkers, Clock clock, Accounts accounts,
			Region region) {
		this.consultations = consultations;
		this.caseworkers = caseworkers;
		this.clock = clock;
		this.accounts = accounts;
		this.region = region;
	}

	/**
	 * Publishes the memo once the consultation has closed; publishing twice keeps the
	 * first date.
	 */
	@Transactional
	public void publishMemo(long consultationId, PersonId by) {
		Consultation consultation = consultations.lock(consultationId).orElseThrow();
		consultation.checkMemoMayBePublished(LocalDate.now(clock));
		consultations.publishMemo(consultationId, by);
	}

	/**
	 * Names a caseworker for the whole consultation ({@code municipality} blank) or for
	 * one of the region's municipalities' responses; refused for anyone who is not a
	 * person here or a municipality outside the region.
	 */
	@Transactional
	public PersonSummary name(long consultationId, PersonId person, String municipality) {
		String code = municipality == null || municipality.isBlank() ? null : municipality;
		PersonSummary named = (person == null ? Optional.<PersonSummary>empty() : accounts.find(person))
			.filter(p -> code == null || region.municipalities().stream().anyMatch(m -> m.code().value().equals(code)))
			.orElseThrow(() -> new Refusal("consultations.caseworker.unknown"));
		consultations.lock(consultationId).orElseThrow();
		caseworkers.name(consultationId, person, code);
		return named;
	}

	@Transactional
	public void remove(long consultationId, PersonId person) {
		consultations.lock(consultationId).orElseThrow();
		caseworkers.remove(consultationId, person);
	}

}
