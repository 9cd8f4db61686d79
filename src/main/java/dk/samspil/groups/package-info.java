/**
 * The collaboration's fixed, working and project groups, their mandates and their
 * members.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "region", "rules" })
package dk.samspil.groups;
