package dk.samspil.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

/**
 * Reporting figures one at a time or a file at once, correcting them, and naming who
 * reports them.
 */
@Component
class FigureDesk {

	private final Goals goals;

	private final Figures figures;

	private final Responsibles responsibles;

	private final Region region;

	private final Accounts accounts;

	private final Clock clock;

	FigureDesk(Goals goals, Figures figures, Responsibles responsibles, Region region, Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.goals = goals;
		this.figures = figures;
		this.responsibles = responsibles;
		this.region = region;
		this.clock = clock;
	}

	/**
	 * Stores a new figure, refused beside the field that does not belong to the goal, and
	 * at the top for someone not named to report for the municipality. A period already
	 * reported is refused: a figure once stored changes only by a correction, which keeps
	 * the earlier value.
	 */
	@Transactional
	void report(Goal goal, ReportForm form, Reporter reporter) {
		report(goal, Goal.code(form.municipality()), form.catchment(), Period.parse(form.period()),
				Numbers.parse(form.value()), reporter);
	}

	private void report(Goal goal, MunicipalityCode municipality, String catchment, Period period, double value,
			Reporter reporter) {
		goal.checkFigure(municipality, catchment, period, value);
		reporter.checkMayReport(responsibles, goal.id(), municipality);
		if (!figures.insert(goal.id(), Figure.reported(municipality, catchment, period, value), reporter.person(),
				clock.instant())) {
			throw new FieldRefusal("period", "goals.rule.alreadyReported", period.toString());
		}
	}

	/**
	 * Replaces a figure's value, keeping the earlier one with who changed it and why. The
	 * figure's municipality, catchment and period were checked when it was stored, and
	 * stay right: a goal's municipalities, catchments and periods are fixed when it is
	 * defined ({@link GoalDesk} changes only whether it is public).
	 */
	@Transactional
	void correct(Goal goal, Figure figure, String typedValue, String reason, Reporter reporter) {
		reporter.checkMayReport(responsibles, goal.id(), figure.municipality());
		double value = Numbers.parse(typedValue);
		goal.checkValue(value);
		if (reason == null || reason.isBlank()) {
			throw new FieldRefusal("reason", "goals.rule.reasonNeeded");
		}
		if (!figures.correct(figure, value, reporter.person(), reason, clock.instant())) {
			throw new FieldRefusal("value", "goals.rule.changedMeanwhile");
		}
	}

	/**
	 * Stores every figure of a file, or none: the whole file is checked first. Returns
	 * how many were stored.
	 */
	@Transactional
	int importFile(Goal goal, byte[] content, Reporter reporter) {
		Set<MunicipalityCode> known = region.municipalities()
			.stream()
			.map(Municipality::code)
			.collect(Collectors.toSet());
		Set<String> stored = figures.ofGoal(goal.id())
			.stream()
			.map(f -> FigureImport.key(f.municipality(), f.catchment(), f.period()))
			.collect(Collectors.toSet());
		List<Figure> checked = FigureImport.check(goal, FigureFile.read(content), known,
				m -> reporter.mayReport(responsibles, goal.id(), m), stored);
		for (Figure figure : checked) {
			if (!figures.insert(goal.id(), figure, reporter.person(), clock.instant())) {
				// reported by someone else since the check: refuse the whole file, the
				// transaction rolls back
				throw new Refusal("goals.rule.changedMeanwhile");
			}
		}
		return checked.size();
	}

	/**
	 * Names a person of the municipality to report its figures for the goal; refused for
	 * a person who does not exist or belongs to another municipality.
	 */
	@Transactional
	void nameResponsible(Goal goal, String code, PersonId who) {
		nameResponsible(goal, Goal.code(code),
				accounts.find(who).orElseThrow(() -> new Refusal("goals.rule.noPerson")));
	}

	private void nameResponsible(Goal goal, MunicipalityCode municipality, PersonSummary person) {
		if (!goal.municipalities().contains(municipality)) {
			throw new Refusal("goals.rule.municipalityOutside", municipality.value());
		}
		if (!municipality.equals(person.municipality())) {
			throw new Refusal("goals.rule.responsibleElsewhere", person.displayName(), municipality.value());
		}
		responsibles.name(goal.id(), municipality, person.id());
	}

	@Transactional
	void removeResponsible(Goal goal, String code, PersonId person) {
		responsibles.remove(goal.id(), Goal.code(code), person);
	}

	Goals goals() {
		return goals;
	}

	List<Municipality> municipalities() {
		return region.municipalities();
	}

	/** The goal's municipalities the person may report figures for. */
	List<MunicipalityCode> reportsFor(Reporter reporter, Goal goal) {
		return goal.municipalities().stream().filter(m -> reporter.mayReport(responsibles, goal.id(), m)).toList();
	}

	/** The latest period that has ended: the one a template asks for. */
	String nextPeriod(Goal goal) {
		return goal.latestEnded(LocalDate.now(clock)).toString();
	}

}
