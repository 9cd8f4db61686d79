package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;

/**
 * A decision as another module may name it: which, in which group, what it is about, and
 * where it is read.
 */
public record DecisionRef(long id, GroupId group, String groupName, String title, LocalDate decidedOn, String path) {
}
