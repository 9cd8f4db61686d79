/**
 * Starts an embedded PostgreSQL under the working directory when no external database is
 * configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.database;
