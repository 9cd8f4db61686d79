/**
 * The planning strategy (Planloven § 23 a): a process with phases, topics proposed by
 * groups and municipalities, prioritisation rounds where the municipality is the voter,
 * and the way from the result to themes, tasks and the strategy document.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "region", "groups", "search",
		"notifications", "consultations", "markdown", "time", "rules", "files", "paging" })
package dk.samspil.strategy;
