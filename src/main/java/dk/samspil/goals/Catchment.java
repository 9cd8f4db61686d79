package dk.samspil.goals;

import java.util.Map;

import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.FieldRefusal;

/**
 * A coastal catchment's tripartite target, and the share of it each of the
 * collaboration's municipalities in the catchment takes on. Municipalities outside the
 * collaboration hold the rest, so the shares may sum to less than 1.
 */
record Catchment(String name, double baseline, double target, Map<MunicipalityCode, Double> shares) {

	Catchment {
		shares = Map.copyOf(shares);
		double sum = 0;
		for (double share : shares.values()) {
			if (share <= 0 || share > 1) {
				throw new FieldRefusal("catchments", "goals.rule.share", name);
			}
			sum += share;
		}
		if (sum > 1 + Progress.EPSILON) {
			throw new FieldRefusal("catchments", "goals.rule.sharesOverOne", name);
		}
	}

	double share(MunicipalityCode municipality) {
		return shares.getOrDefault(municipality, 0.0);
	}
}
