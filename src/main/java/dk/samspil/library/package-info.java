/**
 * Shared knowledge: the documents and notes of each group, with themes, visibility and
 * attachments.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "groups", "accounts", "search", "time", "markdown", "files", "api" })
package dk.samspil.library;
