/**
 * The collaboration's municipalities: codes, names, populations and their boundaries on the map.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.region;
