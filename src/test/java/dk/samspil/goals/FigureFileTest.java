package dk.samspil.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.FieldRefusal;

/**
 * Files of figures as Danish Excel and other programs write them, and the whole-file
 * check before storing.
 */
class FigureFileTest {

	static final MunicipalityCode KOLDING = new MunicipalityCode("0621");

	static final MunicipalityCode VEJLE = new MunicipalityCode("0630");

	static final MunicipalityCode HADERSLEV = new MunicipalityCode("0510");

	static final Set<MunicipalityCode> KNOWN = Set.of(KOLDING, VEJLE, HADERSLEV);

	static final Goal CYCLING = new Goal(new GoalId(1), "Cykelandel", "", Theme.MOBILITY, "%", UnitKind.PERCENT,
			Direction.INCREASE, RollUp.POPULATION, null, PeriodKind.YEAR, 2020, 2030, 90, null, false, false, List.of(),
			List.of(new MunicipalTarget(KOLDING, 20, 30, null), new MunicipalTarget(VEJLE, 10, 25, null)), List.of(),
			0);

	@Test
	void aFigureThatDoesNotBelongToTheGoalIsRefusedBesideTheFieldToChange() {
		assertThat(catchThrowableOfType(FieldRefusal.class,
				() -> CYCLING.checkFigure(HADERSLEV, "", Period.year(2024), 10))
			.field()).isEqualTo("municipality");
		// a period outside the goal, beside its field on the page: FiguresTest
		assertThat(catchThrowableOfType(FieldRefusal.class,
				() -> CYCLING.checkFigure(KOLDING, "Lillebælt", Period.year(2024), 10))
			.field()).isEqualTo("catchment");
		assertThat(
				catchThrowableOfType(FieldRefusal.class, () -> CYCLING.checkFigure(KOLDING, "", Period.year(2024), 120))
					.field())
			.isEqualTo("value");
		assertThat(catchThrowableOfType(FieldRefusal.class,
				() -> new Goal(null, "Cykelandel", "", Theme.MOBILITY, "%", UnitKind.PERCENT, Direction.INCREASE,
						RollUp.SUM, null, PeriodKind.YEAR, 2020, 2030, 90, null, false, false, List.of(),
						List.of(new MunicipalTarget(KOLDING, 20, 130, null)), List.of(), 0))
			.field()).isEqualTo("unitKind");
	}

	@Test
	void aDanishExcelFileInWindows1252WithSemicolonsAndDecimalCommasIsReadRight() {
		byte[] file = "kommunekode;kommune;opland;periode;værdi\r\n621;Kolding;;2024;23,5\r\n0630;Vejle;;2024;1.012,25\r\n"
			.getBytes(FigureFile.WINDOWS_1252);
		assertThat(file).doesNotContain((byte) 0xc3); // æ is one byte in Windows-1252,
														// not UTF-8's two

		List<FigureFile.Row> rows = FigureFile.read(file);

		assertThat(rows).extracting(FigureFile.Row::municipality).containsExactly("621", "0630");
		assertThat(Numbers.parse(rows.get(0).value())).isEqualTo(23.5);
		assertThat(Numbers.parse(rows.get(1).value())).isEqualTo(1012.25);
		assertThat(rows.get(1).line()).isEqualTo(3);
	}

	@Test
	void aUtf8FileWithAByteOrderMarkIsReadRight() {
		byte[] text = "kommunekode;kommune;opland;periode;værdi\n0621;Kolding;;2024;23,5\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[text.length + 3];
		file[0] = (byte) 0xef;
		file[1] = (byte) 0xbb;
		file[2] = (byte) 0xbf;
		System.arraycopy(text, 0, file, 3, text.length);

		List<FigureFile.Row> rows = FigureFile.read(file);

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).period()).isEqualTo("2024");
		assertThat(rows.get(0).value()).isEqualTo("23,5");
	}

	@Test
	void aCommaSeparatedFileWithQuotedDecimalCommasIsReadToo() {
		byte[] file = "municipality_code,period,value\n0621,2024,\"23,5\"\n0630,2024,11.5\n"
			.getBytes(StandardCharsets.UTF_8);

		var figures = FigureImport.check(CYCLING, FigureFile.read(file), KNOWN, m -> true, Set.of());

		assertThat(figures).extracting(Figure::value).containsExactly(23.5, 11.5);
	}

	@Test
	void anEmptyFileAndAFileWithoutTheColumnsAreRefusedWithAReason() {
		assertThatThrownBy(() -> FigureFile.read(new byte[0])).hasMessage("goals.import.empty");
		assertThatThrownBy(() -> FigureFile.read("\n\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("goals.import.empty");
		assertThatThrownBy(() -> FigureFile.read("a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("goals.import.header");
		assertThatThrownBy(() -> FigureFile.read("kommunekode;periode;værdi\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("goals.import.noRows");
	}

	@Test
	void everyBadRowIsNamedAndNothingIsAccepted() {
		byte[] file = """
				kommunekode;periode;værdi
				0621;2024;23,5
				9999;2024;10
				0510;2024;10
				0630;2019;10
				0630;2024;tolv
				0630;2025;101
				0621;2024;24
				0630;2026;12
				""".getBytes(StandardCharsets.UTF_8);

		var refused = catchThrowableOfType(FigureImport.Refused.class,
				() -> FigureImport.check(CYCLING, FigureFile.read(file), KNOWN, m -> true, Set.of()));

		Map<Integer, String> byLine = new TreeMap<>();
		refused.errors().forEach(e -> byLine.put(e.line(), e.refusal().messageKey()));
		assertThat(byLine).containsExactly(Map.entry(3, "goals.import.unknownMunicipality"),
				Map.entry(4, "goals.rule.municipalityOutside"), Map.entry(5, "goals.rule.periodOutside"),
				Map.entry(6, "goals.rule.notANumber"), Map.entry(7, "goals.rule.percent"),
				Map.entry(8, "goals.import.duplicate"));
	}

	@Test
	void aRowForAMunicipalityThePersonDoesNotReportForIsRefused() {
		byte[] file = "kommunekode;periode;værdi\n0621;2024;23\n0630;2024;12\n".getBytes(StandardCharsets.UTF_8);

		var refused = catchThrowableOfType(FigureImport.Refused.class,
				() -> FigureImport.check(CYCLING, FigureFile.read(file), KNOWN, KOLDING::equals, Set.of()));

		assertThat(refused.errors()).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.refusal().messageKey()).isEqualTo("goals.rule.notResponsible");
		});
	}

}
