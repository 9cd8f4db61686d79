package dk.samspil.water;

/**
 * Someone saved the model after the version this save started from; nothing was saved.
 */
class StaleVersion extends RuntimeException {

	private final int basedOn;

	private final int latest;

	StaleVersion(int basedOn, int latest) {
		super("based on version " + basedOn + ", but version " + latest + " is newer");
		this.basedOn = basedOn;
		this.latest = latest;
	}

	public int basedOn() {
		return basedOn;
	}

	public int latest() {
		return latest;
	}

}
