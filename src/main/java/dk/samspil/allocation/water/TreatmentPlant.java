package dk.samspil.allocation.water;

import java.util.List;

/**
 * A wastewater treatment plant: {@code returnFraction} of what the demands it serves
 * received comes back as effluent, of which up to {@code technicalCapacityPerMonth} can
 * be treated further into technical water.
 */
public record TreatmentPlant(String id, String municipality, double returnFraction, double technicalCapacityPerMonth,
		List<String> serves) {

	public TreatmentPlant {
		Checks.share(id, "return fraction", returnFraction);
		Checks.amount(id, "technical water capacity", technicalCapacityPerMonth);
		serves = List.copyOf(serves);
	}
}
