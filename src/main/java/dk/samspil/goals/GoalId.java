package dk.samspil.goals;

/** A goal's id. */
public record GoalId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
