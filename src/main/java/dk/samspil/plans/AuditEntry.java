package dk.samspil.plans;

import java.time.Instant;

import dk.samspil.accounts.PersonId;

/** One change of state of a plan: who, when, what, and the state before and after. */
record AuditEntry(Instant at, PersonId personId, String what, String before, String after) {
}
