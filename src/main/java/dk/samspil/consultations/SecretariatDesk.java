package dk.samspil.consultations;

import java.time.Clock;
import java.time.LocalDate;

import dk.samspil.accounts.PersonId;

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

	SecretariatDesk(Consultations consultations, Caseworkers caseworkers, Clock clock) {
		this.consultations = consultations;
		this.caseworkers = caseworkers;
		this.clock = clock;
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
	 * Names a caseworker for the whole consultation ({@code municipality} null) or for
	 * one municipality's responses.
	 */
	@Transactional
	public void name(long consultationId, PersonId person, String municipality) {
		consultations.lock(consultationId).orElseThrow();
		caseworkers.name(consultationId, person, municipality == null || municipality.isBlank() ? null : municipality);
	}

	@Transactional
	public void remove(long consultationId, PersonId person) {
		consultations.lock(consultationId).orElseThrow();
		caseworkers.remove(consultationId, person);
	}

}
