package dk.samspil.plans;

import java.time.Instant;

/** One numbered edition of a plan's text. */
record Version(long id, long planId, int number, String note, Instant createdAt) {
}
