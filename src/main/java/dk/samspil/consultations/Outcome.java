package dk.samspil.consultations;

/** What the administration's processing did with a response. */
public enum Outcome {

	ACCOMMODATED, PARTLY, NOT_ACCOMMODATED, NOTED;

	/** Only a response that was (partly) accommodated led to a change of the document. */
	boolean ledToChange() {
		return this == ACCOMMODATED || this == PARTLY;
	}

}
