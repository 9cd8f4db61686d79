package dk.samspil.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that hand out a file: a safe name in the header (UTF-8 encoded, so "Høring.pdf" arrives as such), the
 * type we recognised rather than one a browser guesses, kept out of shared caches, and sandboxed so that a file can
 * never run as one of our pages.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A file to save, such as an attachment someone uploaded. */
	public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
		return response(ContentDisposition.attachment(), filename, contentType, content);
	}

	/** A file to open in the browser, such as a PDF we laid out. */
	public static ResponseEntity<byte[]> inline(String filename, String contentType, byte[] content) {
		return response(ContentDisposition.inline(), filename, contentType, content);
	}

	/** A PDF we laid out, to open in the browser. */
	public static ResponseEntity<byte[]> pdf(String filename, byte[] content) {
		return inline(filename, MediaType.APPLICATION_PDF_VALUE, content);
	}

	private static ResponseEntity<byte[]> response(ContentDisposition.Builder disposition, String filename,
			String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(FileNames.safe(filename), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content);
	}
}
