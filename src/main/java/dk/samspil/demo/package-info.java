/**
 * Demo data for the Triangle Region: its seven municipalities, its groups and a plausible
 * member from each.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "accounts", "groups" })
package dk.samspil.demo;
