/**
 * One full-text index over what the other modules publish, honouring who may see each
 * entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "groups", "accounts", "time" })
package dk.samspil.search;
