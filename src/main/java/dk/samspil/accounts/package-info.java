/**
 * People, their logins, roles and municipalities, and who may see what.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "time", "rules" })
package dk.samspil.accounts;
