package dk.samspil.plans;

import java.time.Instant;

/** One change of state of a plan: who, when, what, and the state before and after. */
record AuditEntry(Instant at, Long personId, String what, String before, String after) {
}
