package dk.samspil.meetings;

import java.time.Instant;

import dk.samspil.groups.GroupId;

/**
 * An agenda item as another module may name it: which, in which group, its meeting, and
 * where it is read.
 */
public record AgendaItemRef(long id, GroupId group, String groupName, String title, String meetingTitle,
		Instant meetingStarts, String path) {
}
