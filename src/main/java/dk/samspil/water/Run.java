package dk.samspil.water;

import java.time.Instant;

/**
 * A run as stored: frozen on a model version and its scenarios, with the engine that ran
 * it.
 *
 * @param done scenario results stored so far
 */
record Run(long id, WaterModelId model, int modelVersion, RunStatus status, int scenarioCount, int months,
		String engineVersion, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
		String failure, int done) {

	/** Share of scenarios done, 0 to 1. */
	public double progress() {
		return scenarioCount == 0 ? 0 : done / (double) scenarioCount;
	}

	/** Seconds left at the pace so far, or -1 before there is a pace. */
	public long secondsLeft(Instant now) {
		if (startedAt == null || done == 0 || status.over()) {
			return -1;
		}
		double perScenario = (now.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0 / done;
		return Math.round(perScenario * (scenarioCount - done));
	}

	/**
	 * Whether the run has its results: only a finished run is shown, cited or compared.
	 */
	public boolean finished() {
		return status == RunStatus.FINISHED;
	}

	public boolean over() {
		return status.over();
	}
}
