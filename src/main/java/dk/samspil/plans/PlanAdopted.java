package dk.samspil.plans;

import java.time.LocalDate;

/**
 * Published when the last council has adopted the same version and no objection stands.
 */
public record PlanAdopted(PlanId plan, int version, LocalDate adoptedOn) {
}
