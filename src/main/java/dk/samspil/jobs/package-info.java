/**
 * The product's one background-job scheduler: db-scheduler on the application's
 * PostgreSQL, so that a job is taken by exactly one instance, survives a restart, and
 * needs no server of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.jobs;
