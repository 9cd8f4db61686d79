package dk.samspil.region;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundaryFileTest {

	static final Set<MunicipalityCode> KNOWN = Set.of(new MunicipalityCode("0630"), new MunicipalityCode("0607"));

	static final String SQUARE = "[[[9.4,55.7],[9.5,55.7],[9.5,55.8],[9.4,55.8],[9.4,55.7]]]";

	static String feature(String code, String type, String coordinates) {
		return """
				{"type":"Feature","properties":{"navn":"X","kommunekod":%s},
				 "geometry":{"type":"%s","coordinates":%s}}""".formatted(code, type, coordinates);
	}

	static byte[] collection(String... features) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsPolygonsAndMultiPolygonsWithTheCodeAsNumberOrText() {
		Map<MunicipalityCode, String> geometries = BoundaryFile.read(
				collection(feature("630", "Polygon", SQUARE), feature("\"0607\"", "MultiPolygon", "[" + SQUARE + "]")),
				KNOWN);
		assertThat(geometries).containsOnlyKeys(new MunicipalityCode("0630"), new MunicipalityCode("0607"));
		assertThat(geometries.get(new MunicipalityCode("0630"))).contains("\"Polygon\"").contains("55.8");
	}

	@Test
	void refusesWhatIsNotJsonAndSaysWhere() {
		assertRefused("{\"type\": \"FeatureCollection\",\n \"features\": [".getBytes(StandardCharsets.UTF_8),
				"region.boundaries.error.json");
	}

	@Test
	void refusesJsonThatIsNotAFeatureCollection() {
		assertRefused("{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8),
				"region.boundaries.error.notCollection");
		assertRefused("[1,2,3]".getBytes(StandardCharsets.UTF_8), "region.boundaries.error.notCollection");
		assertRefused(collection(), "region.boundaries.error.empty");
	}

	@Test
	void refusesAnUnknownMissingOrDuplicatedMunicipalityCode() {
		assertRefused(collection(feature("101", "Polygon", SQUARE)), "region.boundaries.error.unknownCode", 1, "0101");
		assertRefused(collection(feature("null", "Polygon", SQUARE)), "region.boundaries.error.code", 1);
		assertRefused(collection(feature("\"Vejle\"", "Polygon", SQUARE)), "region.boundaries.error.code", 1);
		assertRefused(collection(feature("630", "Polygon", SQUARE), feature("630", "Polygon", SQUARE)),
				"region.boundaries.error.duplicate", "0630");
	}

	@Test
	void refusesGeometriesThatAreNotPolygons() {
		assertRefused(collection(feature("630", "Point", "[9.4,55.7]")), "region.boundaries.error.geometry", 1, "0630",
				"Point");
		assertRefused(collection(feature("630", "LineString", "[[9.4,55.7],[9.5,55.7]]")),
				"region.boundaries.error.geometry", 1, "0630", "LineString");
	}

	@Test
	void refusesRingsThatAreOpenTooShortOrNotInDegrees() {
		assertRefused(collection(feature("630", "Polygon", "[[[9.4,55.7],[9.5,55.7],[9.5,55.8],[9.4,55.8]]]")),
				"region.boundaries.error.coordinates", 1, "0630");
		assertRefused(collection(feature("630", "Polygon", "[[[9.4,55.7],[9.5,55.7],[9.4,55.7]]]")),
				"region.boundaries.error.coordinates", 1, "0630");
		String utm = "[[[530000,6170000],[540000,6170000],[540000,6180000],[530000,6170000]]]";
		assertRefused(collection(feature("630", "Polygon", utm)), "region.boundaries.error.coordinates", 1, "0630");
	}

	private static void assertRefused(byte[] content, String key, Object... arguments) {
		assertThatThrownBy(() -> BoundaryFile.read(content, KNOWN))
			.isInstanceOfSatisfying(BoundaryImportException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				if (arguments.length > 0) {
					assertThat(ex.arguments()).containsExactly(arguments);
				}
			});
	}

}
