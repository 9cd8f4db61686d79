package dk.samspil.plans;

import java.time.LocalDate;
import java.util.List;

import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.region.MunicipalityCode;

/**
 * What waits for one municipality's council on one plan: the version in play, the body
 * that handles it next, and the consultation whose deadline governs final adoption.
 *
 * @param next null when the council has adopted the version and nothing waits
 */
record CouncilWork(Plan plan, int version, Step.Body next, Step last, ConsultationInfo consultation) {

	/**
	 * The usual path is subject committee, finance committee (which must give its view,
	 * Kommunestyrelsesloven § 18), council; a committee that rejects or postpones takes
	 * the plan up again.
	 */
	static CouncilWork of(Plan plan, int version, MunicipalityCode municipality, List<Step> steps,
			ConsultationInfo consultation) {
		Step last = steps.stream()
			.filter(s -> s.municipality().equals(municipality) && s.versionNumber() == version)
			.reduce((first, second) -> second)
			.orElse(null);
		return new CouncilWork(plan, version, next(last), last, consultation);
	}

	private static Step.Body next(Step last) {
		if (last == null) {
			return Step.Body.SUBJECT_COMMITTEE;
		}
		if (last.decision() != Step.Decision.RECOMMENDS && !StepRules.adopts(last.decision())) {
			return last.body();
		}
		return switch (last.body()) {
			case SUBJECT_COMMITTEE -> Step.Body.FINANCE_COMMITTEE;
			case FINANCE_COMMITTEE -> Step.Body.COUNCIL;
			case COUNCIL -> StepRules.adopts(last.decision()) ? null : Step.Body.COUNCIL;
		};
	}

	/** Whether the council may adopt now as far as the consultation goes (§ 24). */
	public boolean consultationOver(LocalDate today) {
		return consultation != null && consultation.isOver(today);
	}

}
