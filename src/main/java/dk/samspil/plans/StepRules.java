package dk.samspil.plans;

import java.time.LocalDate;

import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.rules.Refusal;

/**
 * What a committee or council step may record. A step is recorded after the meeting, so
 * its date is never in the future; only the council adopts; and a council adopts a
 * version finally only once the public consultation on it is over (Planloven § 24) and
 * every response has been processed, unless the secretariat has recorded its decision to
 * go on without.
 */
final class StepRules {

	private StepRules() {
	}

	/**
	 * @param consultation the consultation that counts for the version: the latest on it
	 * or on an earlier version; null when there was none
	 */
	static void check(int version, Step.Body body, Step.Decision decision, LocalDate meetingDate, LocalDate today,
			ConsultationInfo consultation, boolean proceedRecorded) {
		if (meetingDate.isAfter(today)) {
			throw new Refusal("plans.refused.future");
		}
		if (!adopts(decision)) {
			return;
		}
		if (body != Step.Body.COUNCIL) {
			throw new Refusal("plans.refused.committeeAdopts");
		}
		if (consultation == null) {
			throw new Refusal("plans.refused.noConsultation", version);
		}
		if (!today.isAfter(consultation.endsOn())) {
			throw new Refusal("plans.refused.consultationOpen", version, consultation.endsOn());
		}
		if (consultation.unprocessed() > 0 && !proceedRecorded) {
			throw new Refusal("plans.refused.unprocessed", version, consultation.unprocessed());
		}
	}

	/**
	 * The secretariat may decide to go on without every response processed, but only once
	 * the consultation is over.
	 */
	static void checkProceed(int version, LocalDate today, ConsultationInfo consultation) {
		if (consultation == null) {
			throw new Refusal("plans.refused.noConsultation", version);
		}
		if (!today.isAfter(consultation.endsOn())) {
			throw new Refusal("plans.refused.consultationOpen", version, consultation.endsOn());
		}
	}

	static boolean adopts(Step.Decision decision) {
		return decision == Step.Decision.ADOPTS || decision == Step.Decision.ADOPTS_WITH_CHANGES;
	}

}
