package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.groups.GroupId;

/**
 * Published when a group records a decision, so that other modules (goals, say) can
 * follow it.
 */
public record DecisionRecorded(long decisionId, GroupId group, String text, LocalDate decidedOn) {
}
