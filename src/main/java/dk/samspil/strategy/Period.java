package dk.samspil.strategy;

import java.time.LocalDate;

/** When a phase runs; either end may still be open. */
public record Period(LocalDate startsOn, LocalDate endsOn) {

	static final Period OPEN = new Period(null, null);

	public boolean endsBeforeItStarts() {
		return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
	}

	public boolean contains(LocalDate day) {
		return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
	}
}
