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
}
