package dk.samspil.meetings;

/**
 * A member proposes an item; the chair accepts it onto the agenda or defers it to a later
 * meeting.
 */
enum ItemStatus {

	PROPOSED, ACCEPTED, DEFERRED

}
