package dk.samspil.water;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads what a run stores: scenario reports, series and the run's summary.
 * Fields a stored run lacks (runs stored before a figure was added) read as empty, so old
 * runs still show what they have.
 */
final class ResultJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private ResultJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

}
