package dk.samspil.strategy;

/** The phases of a planning strategy process, in their usual order. */
public enum Phase {

	PROPOSALS, DISCUSSION, PRIORITISATION, DRAFTING, CONSULTATION

}
