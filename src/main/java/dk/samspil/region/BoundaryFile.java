package dk.samspil.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of municipality polygons and checks all of it before
 * anything is stored, so that a bad file never replaces good boundaries. Coordinates must
 * be longitude/latitude (CRS84), as GeoJSON says.
 */
final class BoundaryFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> POLYGONS = Set.of("Polygon", "MultiPolygon");

	private BoundaryFile() {
	}

	/**
	 * Returns each municipality's geometry as GeoJSON text, keyed by code, or refuses the
	 * whole file.
	 */
	static Map<MunicipalityCode, String> read(byte[] content, Set<MunicipalityCode> known) {
		JsonNode root = parse(content);
		if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			throw new BoundaryImportException("region.boundaries.error.notCollection");
		}
		if (root.path("features").isEmpty()) {
			throw new BoundaryImportException("region.boundaries.error.empty");
		}
		Map<MunicipalityCode, String> geometries = new LinkedHashMap<>();
		int number = 0;
		for (JsonNode feature : root.path("features")) {
			number++;
			MunicipalityCode code = code(feature, number);
			if (!known.contains(code)) {
				throw new BoundaryImportException("region.boundaries.error.unknownCode", number, code.value());
			}
			JsonNode geometry = feature.path("geometry");
			String type = geometry.path("type").asString("");
			if (!POLYGONS.contains(type)) {
				throw new BoundaryImportException("region.boundaries.error.geometry", number, code.value(),
						type.isEmpty() ? "-" : type);
			}
			if (!Coordinates.valid(type, geometry.path("coordinates"))) {
				throw new BoundaryImportException("region.boundaries.error.coordinates", number, code.value());
			}
			if (geometries.put(code, JSON.writeValueAsString(geometry)) != null) {
				throw new BoundaryImportException("region.boundaries.error.duplicate", code.value());
			}
		}
		return geometries;
	}

	private static JsonNode parse(byte[] content) {
		try {
			return JSON.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			throw new BoundaryImportException("region.boundaries.error.json", at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr());
		}
	}

	private static MunicipalityCode code(JsonNode feature, int number) {
		JsonNode code = feature.path("properties").path("kommunekod");
		try {
			if (code.isIntegralNumber() || code.isString()) {
				return MunicipalityCode.parse(code.asString());
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the message below
		}
		throw new BoundaryImportException("region.boundaries.error.code", number);
	}

	/** Polygon rings are closed lists of at least four longitude/latitude positions. */
	private static final class Coordinates {

		static boolean valid(String type, JsonNode coordinates) {
			if (!coordinates.isArray() || coordinates.isEmpty()) {
				return false;
			}
			if (type.equals("Polygon")) {
				return polygon(coordinates);
			}
			for (JsonNode polygon : coordinates) {
				if (!polygon(polygon)) {
					return false;
				}
			}
			return true;
		}

		private static boolean polygon(JsonNode rings) {
			if (!rings.isArray() || rings.isEmpty()) {
				return false;
			}
			for (JsonNode ring : rings) {
				if (!ring(ring)) {
					return false;
				}
			}
			return true;
		}

		private static boolean ring(JsonNode ring) {
			if (!ring.isArray() || ring.size() < 4) {
				return false;
			}
			for (JsonNode position : ring) {
				if (!position(position)) {
					return false;
				}
			}
			return ring.get(0).equals(ring.get(ring.size() - 1));
		}

		private static boolean position(JsonNode position) {
			return position.isArray() && position.size() >= 2 && position.get(0).isNumber()
					&& position.get(1).isNumber() && Math.abs(position.get(0).asDouble()) <= 180
					&& Math.abs(position.get(1).asDouble()) <= 90;
		}

	}

}
