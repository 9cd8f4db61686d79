package dk.samspil.plans;

import java.time.LocalDate;

/**
 * A state objection (Planloven §§ 28, 29) or a neighbouring municipality's (§ 29 b); it
 * blocks final adoption.
 */
record Objection(long id, long planId, Paragraph paragraph, String raisedBy, LocalDate raisedOn, String note,
		LocalDate liftedOn) {

	enum Paragraph {

		P28, P29, P29B

	}

	public boolean stands() {
		return liftedOn == null;
	}
}
