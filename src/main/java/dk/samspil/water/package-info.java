/**
 * The water and Power-to-X workspace: a group's water models with their versions,
 * scenarios and runs of the allocation engine, and the results people read and take to
 * their meetings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "files", "groups", "region",
		"meetings", "rules", "api", "paging", "allocation", "allocation :: file", "allocation :: water" })
package dk.samspil.water;
