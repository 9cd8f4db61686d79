package dk.samspil.meetings;

import java.time.Instant;

import dk.samspil.groups.GroupId;

/**
 * Published when a meeting's agenda goes out to the group's members (again, when it
 * changed).
 */
public record AgendaPublished(long meetingId, GroupId group, Instant startsAt, int sequence) {
}
