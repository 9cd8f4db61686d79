/**
 * The collaboration's municipalities: codes, names, populations and their boundaries on
 * the map.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "time", "files", "rules" })
package dk.samspil.region;
