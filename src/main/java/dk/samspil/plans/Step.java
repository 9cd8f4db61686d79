package dk.samspil.plans;

import java.time.LocalDate;

import dk.samspil.region.MunicipalityCode;

/** One committee's or council's handling of a plan version in one municipality. */
record Step(long id, long versionId, int versionNumber, MunicipalityCode municipality, Body body, LocalDate meetingDate,
		Decision decision, String dissent, String minutesUrl, boolean reconciled) {

	/**
	 * Who decides, in the order a plan passes them (Kommunestyrelsesloven § 18: the
	 * finance committee gives its view).
	 */
	enum Body {

		SUBJECT_COMMITTEE, FINANCE_COMMITTEE, COUNCIL

	}

	enum Decision {

		RECOMMENDS, ADOPTS, ADOPTS_WITH_CHANGES, REJECTS, POSTPONES

	}

	/**
	 * A council's adoption, counting an "adopts with changes" once the secretariat has
	 * reconciled the versions.
	 */
	boolean adoptsAsIs() {
		return body == Body.COUNCIL
				&& (decision == Decision.ADOPTS || (decision == Decision.ADOPTS_WITH_CHANGES && reconciled));
	}

	boolean diverges() {
		return body == Body.COUNCIL && decision == Decision.ADOPTS_WITH_CHANGES && !reconciled;
	}
}
