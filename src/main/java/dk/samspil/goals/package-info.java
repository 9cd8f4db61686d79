/**
 * Shared goals built from each municipality's targets (green tripartite, climate,
 * mobility): figures, roll-ups to the region, progress, actions and a public dashboard.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "region", "accounts", "meetings", "search", "groups", "rules", "api", "files", "time" })
package dk.samspil.goals;
