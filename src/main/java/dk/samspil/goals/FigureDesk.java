package dk.samspil.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
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

	private final Clock clock;

	FigureDesk(Goals goals, Figures figures, Responsibles responsibles, Region region, Clock clock) {
		this.goals = goals;
		this.figures = figures;
		this.responsibles = responsibles;
		this.region = region;
		this.clock = clock;
	}

	/**
	 * Stores a new figure; a period already reported is corrected instead, so its earlier
	 * value is kept.
	 */
	@Transactional
	void report(Goal goal, MunicipalityCode municipality, String catchment, Period period, double value,
			Reporter reporter) {
		goal.checkFigure(municipality, catchment, period, value);
		reporter.checkMayReport(responsibles, goal.id(), municipality);
		if (!figures.insert(goal.id(), Figure.reported(municipality, catchment, period, value), reporter.person(),
				clock.instant())) {
			throw new Refusal("goals.rule.alreadyReported", period.toString());
		}
	}

	/** Replaces a figure's value, keeping the earlier one with who changed it and why. */
	@Transactional
	void correct(Goal goal, Figure figure, double value, String reason, Reporter reporter) {
		reporter.checkMayReport(responsibles, goal.id(), figure.municipality());
		goal.checkFigure(figure.municipality(), figure.catchment(), figure.period(), value);
		if (reason == null || reason.isBlank()) {
			throw new Refusal("goals.rule.reasonNeeded");
		}
		if (!figures.correct(figure, value, reporter.person(), reason, clock.instant())) {
			throw new Refusal("goals.rule.changedMeanwhile");
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

	@Transactional
	void nameResponsible(Goal goal, MunicipalityCode municipality, PersonSummary person) {
		if (!goal.municipalities().contains(municipality)) {
			throw new Refusal("goals.rule.municipalityOutside", municipality.value());
		}
		if (!municipality.equals(person.municipality())) {
			throw new Refusal("goals.rule.responsibleElsewhere", person.displayName(), municipality.value());
		}
		responsibles.name(goal.id(), municipality, person.id());
	}

	@Transactional
	void removeResponsible(Goal goal, MunicipalityCode municipality, PersonId person) {
		responsibles.remove(goal.id(), municipality, person);
	}

	Goals goals() {
		return goals;
	}

	List<Municipality> municipalities() {
		return region.municipalities();
	}

	boolean mayReport(Reporter reporter, Goal goal, MunicipalityCode municipality) {
		return reporter.mayReport(responsibles, goal.id(), municipality);
	}

	/** The latest period that has ended: the one a template asks for. */
	String nextPeriod(Goal goal) {
		return goal.latestEnded(LocalDate.now(clock)).toString();
	}

}
