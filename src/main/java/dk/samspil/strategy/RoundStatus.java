package dk.samspil.strategy;

/** A round takes ballots while open; its result is shown once closed. */
public enum RoundStatus {

	OPEN, CLOSED

}
