package dk.samspil.meetings;

import dk.samspil.groups.GroupId;

/**
 * Published when a group's chair approves a meeting's minutes; from then on they are
 * locked.
 */
public record MinutesApproved(long meetingId, GroupId group) {
}
