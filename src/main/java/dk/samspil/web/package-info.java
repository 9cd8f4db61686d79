/**
 * The web shell: layout, front page, language, and error pages that every module's pages share.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "region")
package dk.samspil.web;
