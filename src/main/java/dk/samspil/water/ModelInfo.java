package dk.samspil.water;

import dk.samspil.groups.GroupId;

/**
 * A water model as lists and access checks need it: whose it is and its newest version.
 */
record ModelInfo(WaterModelId id, GroupId group, String name, int latest) {

	/** The version asked for, or the newest when none (0) is asked. */
	int versionOr(int asked) {
		return asked > 0 ? asked : latest;
	}

	/**
	 * The two versions a comparison shows: those asked for; by default the newest and the
	 * one before the newer.
	 */
	Compared compared(int from, int to) {
		int newer = versionOr(to);
		return new Compared(from > 0 ? from : Math.max(1, newer - 1), newer);
	}

	record Compared(int older, int newer) {
	}

}
