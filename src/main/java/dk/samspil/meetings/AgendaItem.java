package dk.samspil.meetings;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;

/**
 * An item a member proposed for a meeting, with what the minutes say of it.
 * {@code meetingId} is null while an item escalated from another group waits for the
 * receiving group's next meeting.
 */
record AgendaItem(long id, GroupId group, Long meetingId, String title, String description, PersonId proposedBy,
		ItemStatus status, int position, String discussion, String outcome, Long escalatedFrom) {

	public boolean accepted() {
		return status == ItemStatus.ACCEPTED;
	}

	/** Whether the minutes say anything of this item yet. */
	public boolean hasMinutes() {
		return !discussion.isBlank() || !outcome.isBlank();
	}
}
