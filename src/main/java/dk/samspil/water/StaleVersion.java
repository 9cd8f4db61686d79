package dk.samspil.water;

import dk.samspil.rules.Refusal;

/**
 * Someone saved the model after the version this save started from; nothing was saved.
 * The reason names both versions, so the saver knows which one to open.
 */
class StaleVersion extends Refusal {

	StaleVersion(int basedOn, int latest) {
		super("water.stale", basedOn, latest);
	}

}
