package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A planning strategy process: its name, the council term it serves (by the term's first
 * year) and its phases.
 *
 * @param termStarts the first year of the council's four-year term, such as 2026 for
 * 2026–2029
 * @param version the version of the settings: 1 when the process is stored, one more at
 * each save of its settings; 0 for a process not stored yet
 */
public record StrategyProcess(ProcessId id, String name, int termStarts, Map<Phase, Period> phases, int version) {

	static final int TERM_YEARS = 4;

	public StrategyProcess {
		if (name == null || name.isBlank()) {
			throw new Refusal("strategy.process.nameRequired");
		}
		Map<Phase, Period> all = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			Period period = phases.getOrDefault(phase, Period.OPEN);
			if (period.endsBeforeItStarts()) {
				throw new Refusal("strategy.process.phaseEndsBeforeStart");
			}
			all.put(phase, period);
		}
		phases = Collections.unmodifiableMap(all);
	}

	/** A process not saved yet. */
	public StrategyProcess(ProcessId id, String name, int termStarts, Map<Phase, Period> phases) {
		this(id, name, termStarts, phases, 0);
	}

	/**
	 * The process with new settings, as the next version; refused when the form was
	 * opened on another version than this one, so that a colleague's save is never
	 * overwritten unseen. A form that names no version (opened before processes had one)
	 * is refused too, without blaming a colleague: nobody can tell what it was opened on.
	 */
	StrategyProcess changed(String name, int termStarts, Map<Phase, Period> phases, Integer openedOn) {
		if (openedOn == null) {
			throw new Refusal("strategy.process.versionUnknown");
		}
		if (openedOn != version) {
			throw new ProcessChangedMeanwhile(this);
		}
		return new StrategyProcess(id, name, termStarts, phases, version + 1);
	}

	public int termEnds() {
		return termStarts + TERM_YEARS - 1;
	}

	/**
	 * Planloven § 23 a: the council publishes its planning strategy "before the end of
	 * the first half of the council's term". Our reading: a council term runs four
	 * calendar years from 1 January after the November election (2026–2029 after the
	 * election of November 2025), so its first half is the first two calendar years and
	 * the strategy must be published by 31 December of the term's second year (31
	 * December 2027 for 2026–2029). We do not read the half as ending in June: halving
	 * four whole years gives two whole years.
	 */
	public LocalDate deadline() {
		return LocalDate.of(termStarts + 1, 12, 31);
	}

	/**
	 * When the plan publishes the strategy: the start of its consultation phase, when the
	 * strategy is published for public debate; without one, the end of drafting. Null
	 * while neither date is set.
	 */
	public LocalDate publication() {
		LocalDate consultation = phases.get(Phase.CONSULTATION).startsOn();
		return consultation != null ? consultation : phases.get(Phase.DRAFTING).endsOn();
	}

	/** True when the planned publication is after § 23 a's deadline. */
	public boolean missesDeadline() {
		LocalDate publication = publication();
		return publication != null && publication.isAfter(deadline());
	}

	/** The phase that holds the day, if any. */
	public Phase phaseOn(LocalDate day) {
		return phases.entrySet()
			.stream()
			.filter(e -> e.getValue().startsOn() != null && e.getValue().contains(day))
			.map(Map.Entry::getKey)
			.reduce((a, b) -> b)
			.orElse(null);
	}
}
