/**
 * Starts an embedded PostgreSQL under the working directory when no external database is
 * configured, and backs it up and restores it ({@link dk.samspil.database.Backup}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.database;
