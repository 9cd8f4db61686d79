package dk.samspil.goals;

/** Which strand of the collaboration's work a goal belongs to. */
enum Theme {

	TRIPARTITE, CLIMATE, MOBILITY, OTHER

}
