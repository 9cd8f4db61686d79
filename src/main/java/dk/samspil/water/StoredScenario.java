package dk.samspil.water;

import java.time.Instant;

import dk.samspil.allocation.water.WaterScenario;

/**
 * A scenario the group keeps with its model, editable until a run copies it.
 *
 * @param revision counts the saves, so an edit made from an older revision is refused
 */
record StoredScenario(long id, WaterModelId model, WaterScenario scenario, String description, int revision,
		String savedBy, Instant savedAt) {

	public String name() {
		return scenario.name();
	}

	/**
	 * A yearly figure as the form shows it, in percent: {@code drinking},
	 * {@code industry} or {@code recharge}.
	 */
	public String percent(String which) {
		return ScenarioController.percent(switch (which) {
			case "drinking" -> scenario.drinkingGrowth();
			case "industry" -> scenario.industryGrowth();
			default -> scenario.rechargeChange();
		});
	}
}
