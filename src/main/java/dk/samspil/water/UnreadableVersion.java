package dk.samspil.water;

import java.util.List;

/**
 * A stored version that Samspil no longer reads: it was saved before the model format got
 * a limit it breaks (a horizon of centuries, more municipalities than Denmark has). The
 * version stays as it was saved, so it can be downloaded, corrected and uploaded as a new
 * one; the reason is the engine's own words, in English.
 */
class UnreadableVersion extends RuntimeException {

	private final WaterModelId model;

	private final int number;

	private final String reason;

	UnreadableVersion(WaterModelId model, int number, String reason, Throwable cause) {
		super("version " + number + " can no longer be read: " + reason, cause);
		this.model = model;
		this.number = number;
		this.reason = reason;
	}

	WaterModelId model() {
		return model;
	}

	// public, as the pages read it
	public int number() {
		return number;
	}

	/**
	 * The reason as rows, each beside the element it names, as an upload's errors are.
	 */
	public List<ModelError> errors() {
		return ModelCheck.errors(reason);
	}

}
