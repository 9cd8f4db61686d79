/**
 * The web shell: layout, front page, language, error pages, the policy headers of every
 * response, and how every form is read (binding errors shown next to the field, invisible
 * characters dropped, dates kept plausible), shared by every module's pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "time" })
package dk.samspil.web;
