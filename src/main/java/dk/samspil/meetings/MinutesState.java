package dk.samspil.meetings;

/**
 * Minutes are written as a draft, sent to the members for comments, and approved by the
 * chair; then locked.
 */
enum MinutesState {

	DRAFT, FOR_APPROVAL, APPROVED

}
