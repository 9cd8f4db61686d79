/**
 * The read API's shared mechanics: tokens the secretariat issues, the stateless security
 * chain under {@code /api/}, pages, ETags and errors as problem details; each module
 * serves its own resources under {@code /api/v1}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "groups", "region", "time" })
package dk.samspil.api;
