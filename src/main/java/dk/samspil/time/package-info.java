/**
 * The one clock of the application, in Danish time, so every date and time is taken the
 * same way and tests can set the day.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.time;
