/**
 * The joint municipal plan: its versions and sections, each municipality's path through
 * committees and council, objections, and adoption.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "region", "consultations", "groups",
		"search", "time", "rules", "markdown", "files" })
package dk.samspil.plans;
