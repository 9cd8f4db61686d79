package dk.samspil.allocation;

import java.util.Map;

/**
 * One possible future: the series the network's nodes and links refer to by key. Monthly
 * series (inflows, demands) have one value per month of the horizon; cap series one per
 * year.
 *
 * @param name shown in results and errors
 * @param series values by series key
 */
public record Scenario(String name, Map<String, double[]> series) {

	public Scenario {
		series = Map.copyOf(series);
	}

	double[] require(String key, int length, String owner) {
		double[] values = series.get(key);
		if (values == null) {
			throw new ModelException(
					"scenario '" + name + "': " + owner + " needs series '" + key + "', which is missing");
		}
		if (values.length != length) {
			throw new ModelException("scenario '" + name + "': series '" + key + "' of " + owner + " has "
					+ values.length + " values, expected " + length);
		}
		for (int i = 0; i < values.length; i++) {
			if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
				throw new ModelException("scenario '" + name + "': series '" + key + "' of " + owner + " has value "
						+ values[i] + " at index " + i + "; values must be finite and not negative");
			}
		}
		return values;
	}
}
