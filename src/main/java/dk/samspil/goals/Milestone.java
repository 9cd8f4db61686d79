package dk.samspil.goals;

/** A value the region is to reach by a year on the way to the target. */
record Milestone(int year, double value) {
}
