package dk.samspil.library;

/**
 * A document is something to keep and refer to; a note is a shorter shared observation or
 * summary.
 */
enum DocumentKind {

	DOCUMENT, NOTE

}
