package dk.samspil.plans;

import java.time.LocalDate;

/** A joint plan; {@code adoptedOn} is set when the last council adopted it. */
record Plan(long id, String title, LocalDate adoptedOn) {

	public boolean adopted() {
		return adoptedOn != null;
	}
}
