package dk.samspil.meetings;

import java.time.Instant;

import dk.samspil.groups.GroupId;

/**
 * Published when a meeting is called off; it will not take place, and its members have
 * been told.
 */
public record MeetingCancelled(long meetingId, GroupId group, Instant startsAt) {
}
