package dk.samspil.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.Refusal;

/**
 * Checks every row of an imported file before anything is stored: a file with one bad row
 * is refused whole, and the refusal names every bad row with its reason.
 */
final class FigureImport {

	/** Why a row was refused, with the row's line in the file. */
	record RowError(int line, Refusal refusal) {
	}

	/**
	 * The file was refused; nothing of it was stored. Carries every bad row, to list them
	 * all beside the file field.
	 */
	static final class Refused extends Refusal {

		private final transient List<RowError> errors;

		Refused(List<RowError> errors) {
			super("goals.import.refused");
			this.errors = List.copyOf(errors);
		}

		List<RowError> errors() {
			return errors;
		}

	}

	private FigureImport() {
	}

	/**
	 * @param known the collaboration's municipalities
	 * @param mayReport whether the person importing may report for a municipality
	 * @param stored the keys ({@link #key}) of figures the goal already has
	 */
	static List<Figure> check(Goal goal, List<FigureFile.Row> rows, Set<MunicipalityCode> known,
			Predicate<MunicipalityCode> mayReport, Set<String> stored) {
		List<Figure> figures = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (FigureFile.Row row : rows) {
			try {
				Figure figure = figure(goal, row, known, mayReport);
				String key = key(figure.municipality(), figure.catchment(), figure.period());
				Integer first = seen.putIfAbsent(key, row.line());
				if (first != null) {
					throw new Refusal("goals.import.duplicate", first);
				}
				if (stored.contains(key)) {
					throw new Refusal("goals.import.exists", figure.period().toString());
				}
				figures.add(figure);
			}
			catch (Refusal ex) {
				errors.add(new RowError(row.line(), ex));
			}
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return figures;
	}

	private static Figure figure(Goal goal, FigureFile.Row row, Set<MunicipalityCode> known,
			Predicate<MunicipalityCode> mayReport) {
		MunicipalityCode municipality = Goal.code(row.municipality());
		if (!known.contains(municipality)) {
			throw new Refusal("goals.import.unknownMunicipality", municipality.value());
		}
		Period period = Period.parse(row.period());
		double value = Numbers.parse(row.value());
		goal.checkFigure(municipality, row.catchment(), period, value);
		if (!mayReport.test(municipality)) {
			throw new Refusal("goals.rule.notResponsible", municipality.value());
		}
		return Figure.reported(municipality, row.catchment(), period, value);
	}

	static String key(MunicipalityCode municipality, String catchment, Period period) {
		return municipality.value() + "|" + (catchment == null ? "" : catchment.strip()) + "|" + period;
	}

}
