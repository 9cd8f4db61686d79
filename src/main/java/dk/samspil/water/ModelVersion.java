package dk.samspil.water;

import java.time.Instant;
import java.util.Map;

/**
 * One saved version of a model: never changed once written.
 *
 * @param content the model file, in the allocation engine's format
 * @param positions element id to latitude and longitude, for the map
 */
record ModelVersion(int number, String content, Map<String, double[]> positions, String comment, String savedBy,
		Instant savedAt) {
}
