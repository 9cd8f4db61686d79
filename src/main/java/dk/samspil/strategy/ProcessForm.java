package dk.samspil.strategy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * Setting up or changing a process: name, the council term's first year, and each phase's
 * dates. The year and the dates are kept as typed, so that a date that cannot be (30
 * February) comes back next to its field as it was. The version is the process's when the
 * form was opened, and is not used for a new one.
 */
record ProcessForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\s*(20\\d\\d|2100)?\\s*",
				message = "{strategy.process.termRange}") String termStarts,
		String proposalsStart, String proposalsEnd, String discussionStart, String discussionEnd,
		String prioritisationStart, String prioritisationEnd, String draftingStart, String draftingEnd,
		String consultationStart, String consultationEnd, Integer version) {

	static ProcessForm empty(int year) {
		return of("", year, Map.of());
	}

	/** The edit form of a process, carrying the version it was opened on. */
	static ProcessForm of(StrategyProcess p) {
		ProcessForm form = of(p.name(), p.termStarts(), p.phases());
		return form.over(p);
	}

	/**
	 * What was typed, now made over the process as it is: saving it again is a deliberate
	 * choice to replace what a colleague saved.
	 */
	ProcessForm over(StrategyProcess current) {
		return new ProcessForm(name, termStarts, proposalsStart, proposalsEnd, discussionStart, discussionEnd,
				prioritisationStart, prioritisationEnd, draftingStart, draftingEnd, consultationStart, consultationEnd,
				current.version());
	}

	/**
	 * The form filled in with a name, a term and the phases given; a phase left out has
	 * no dates yet.
	 */
	static ProcessForm of(String name, int termStarts, Map<Phase, Period> phases) {
		Map<Phase, Period> ph = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			ph.put(phase, phases.getOrDefault(phase, Period.OPEN));
		}
		return new ProcessForm(name, String.valueOf(termStarts), text(ph.get(Phase.PROPOSALS).startsOn()),
				text(ph.get(Phase.PROPOSALS).endsOn()), text(ph.get(Phase.DISCUSSION).startsOn()),
				text(ph.get(Phase.DISCUSSION).endsOn()), text(ph.get(Phase.PRIORITISATION).startsOn()),
				text(ph.get(Phase.PRIORITISATION).endsOn()), text(ph.get(Phase.DRAFTING).startsOn()),
				text(ph.get(Phase.DRAFTING).endsOn()), text(ph.get(Phase.CONSULTATION).startsOn()),
				text(ph.get(Phase.CONSULTATION).endsOn()), null);
	}

	int year() {
		return Integer.parseInt(termStarts.strip());
	}

	/**
	 * Checks every date and the order of each phase's two dates, with the message next to
	 * the field.
	 */
	void check(BindingResult result) {
		Map<String, String> fields = fields();
		fields.forEach((field, value) -> {
			if (value != null && !value.isBlank() && parse(value) == null) {
				result.rejectValue(field, "strategy.date.invalid");
			}
		});
		for (Phase phase : Phase.values()) {
			String key = phase.name().toLowerCase(Locale.ROOT);
			LocalDate start = parse(fields.get(key + "Start"));
			LocalDate end = parse(fields.get(key + "End"));
			if (start != null && end != null && end.isBefore(start) && !result.hasFieldErrors(key + "End")) {
				result.rejectValue(key + "End", "strategy.process.phaseEndsBeforeStart");
			}
		}
	}

	Map<Phase, Period> phases() {
		Map<String, String> fields = fields();
		Map<Phase, Period> phases = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			String key = phase.name().toLowerCase(Locale.ROOT);
			phases.put(phase, new Period(parse(fields.get(key + "Start")), parse(fields.get(key + "End"))));
		}
		return phases;
	}

	private Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("proposalsStart", proposalsStart);
		fields.put("proposalsEnd", proposalsEnd);
		fields.put("discussionStart", discussionStart);
		fields.put("discussionEnd", discussionEnd);
		fields.put("prioritisationStart", prioritisationStart);
		fields.put("prioritisationEnd", prioritisationEnd);
		fields.put("draftingStart", draftingStart);
		fields.put("draftingEnd", draftingEnd);
		fields.put("consultationStart", consultationStart);
		fields.put("consultationEnd", consultationEnd);
		return fields;
	}

	/**
	 * A date as a date field sends it (2027-06-30), within years a plan can mean; else
	 * null.
	 */
	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.getYear() >= 2000 && date.getYear() <= 2200 ? date : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
