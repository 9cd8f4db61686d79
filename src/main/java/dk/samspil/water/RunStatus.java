package dk.samspil.water;

/** Where a run is: waiting for a worker, being worked on, or done one way or another. */
enum RunStatus {

	QUEUED, RUNNING, FINISHED, FAILED, CANCELLED;

	boolean over() {
		return this == FINISHED || this == FAILED || this == CANCELLED;
	}

}
