/**
 * The collaboration's fixed, working and project groups, their mandates and their
 * members.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "kept", "region", "rules" })
package dk.samspil.groups;
