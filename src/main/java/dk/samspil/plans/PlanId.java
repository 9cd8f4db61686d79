package dk.samspil.plans;

/** Identifies a joint plan. */
public record PlanId(long value) {
}
