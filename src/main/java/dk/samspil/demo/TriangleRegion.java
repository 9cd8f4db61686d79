package dk.samspil.demo;

import java.util.List;
import java.util.Locale;

import dk.samspil.groups.GroupKind;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;

/**
 * The Triangle Region as the demo shows it; populations and areas as published (estimates
 * have no year).
 */
final class TriangleRegion {

	static final List<Municipality> MUNICIPALITIES = List.of(
			municipality("0530", "Billund", 27_021, 2023, 537, 55.73, 9.11),
			municipality("0607", "Fredericia", 52_173, 2023, 134, 55.58, 9.70),
			municipality("0510", "Haderslev", 55_438, 2024, 819, 55.24, 9.40),
			municipality("0621", "Kolding", 95_000, null, 607, 55.48, 9.46),
			municipality("0410", "Middelfart", 39_000, null, 298, 55.45, 9.88),
			municipality("0575", "Vejen", 42_924, 2023, 817, 55.47, 9.14),
			municipality("0630", "Vejle", 121_696, 2024, 1_062, 55.73, 9.42));

	/**
	 * The jobs each municipality has someone in; the key becomes part of the demo login,
	 * as in "kolding.klima".
	 */
	enum Function {

		DIREKTOR("Teknisk direktør"), KLIMA("Klimachef"), PLANCHEF("Planchef"), PLAN("Planlægger"),
		VAND("Vandspecialist"), MOBILITET("Mobilitetsplanlægger");

		final String title;

		Function(String title) {
			this.title = title;
		}

		String login(Municipality municipality) {
			return municipality.name().toLowerCase(Locale.ROOT) + "." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A group, the function whose holders are its members, and the municipality that
	 * chairs it.
	 */
	record DemoGroup(String name, GroupKind kind, String mandate, Function members, String chair,
			boolean secretariatTakesPart, List<String> themes) {
	}

	static final List<String> THEMES = List.of("Grøn trepart", "Vand som ressource", "Power-to-X", "Klimatilpasning",
			"Grøn mobilitet", "Fælleskommuneplan", "Planstrategi", "Energiplanlægning");

	static final List<DemoGroup> GROUPS = List.of(
			new DemoGroup("Teknisk direktørgruppe", GroupKind.FIXED,
					"De tekniske direktører koordinerer samarbejdet om klima, planlægning og energi og prioriterer "
							+ "opgaverne for de øvrige grupper.",
					Function.DIREKTOR, "Vejle", true, List.of("Grøn trepart", "Energiplanlægning")),
			new DemoGroup("Klimachefgruppen", GroupKind.FIXED,
					"Klimacheferne deler viden om kommunernes klimaplaner og følger de fælles mål, herunder den "
							+ "grønne trepart.",
					Function.KLIMA, "Kolding", true, List.of("Grøn trepart", "Klimatilpasning")),
			new DemoGroup("Planchefgruppen", GroupKind.FIXED,
					"Plancheferne styrer den fælles kommuneplan og planstrategien på tværs af de syv kommuner.",
					Function.PLANCHEF, "Fredericia", true, List.of("Fælleskommuneplan", "Planstrategi")),
			new DemoGroup("Kommuneplangruppen", GroupKind.FIXED,
					"Planlæggerne skriver kommuneplanens fælles del og forbereder høringen og den politiske "
							+ "behandling i de syv byråd.",
					Function.PLAN, "Haderslev", true, List.of("Fælleskommuneplan")),
			new DemoGroup("Teknisk vand", GroupKind.WORKING,
					"Undersøger andre vandkvaliteter til industrien og genbrug af renset spildevand, så grundvandet "
							+ "kan forbeholdes drikkevand.",
					Function.VAND, "Fredericia", false, List.of("Vand som ressource")),
			new DemoGroup("Sammenhængende grøn mobilitet", GroupKind.WORKING,
					"Arbejder for grøn og sammenhængende mobilitet for de mange, der pendler over kommunegrænserne.",
					Function.MOBILITET, "Middelfart", false, List.of("Grøn mobilitet")),
			new DemoGroup("Vandressourcen", GroupKind.PROJECT,
					"Undersøger, hvordan store vandforbrugende virksomheder og kommende Power-to-X-anlæg kan "
							+ "forsynes, mens borgerne beholder deres drikkevand og naturen beskyttes.",
					Function.VAND, "Vejle", false, List.of("Vand som ressource", "Power-to-X")));

	private TriangleRegion() {
	}

	private static Municipality municipality(String code, String name, int population, Integer year, int area,
			double latitude, double longitude) {
		return new Municipality(new MunicipalityCode(code), name, population, year, area, latitude, longitude);
	}

}
