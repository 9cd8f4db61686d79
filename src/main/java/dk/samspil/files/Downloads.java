package dk.samspil.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that hand out a file: a safe name in the header (UTF-8 encoded, so
 * "Høring.pdf" arrives as such), the type we recognised rather than one a browser
 * guesses, and kept out of shared caches. A file someone uploaded is also sandboxed, so
 * that it can never run as one of our pages; a PDF we laid out ourselves is not, since
 * browsers refuse to show a PDF in a sandbox.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A file to save, such as an attachment someone uploaded. */
	public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
		return headers(ContentDisposition.attachment(), filename, contentType)
			.header("Content-Security-Policy", "sandbox")
			.body(content);
	}

	/** A file we made to open in the browser, such as a PDF we laid out. */
	public static ResponseEntity<byte[]> inline(String filename, String contentType, byte[] content) {
		return headers(ContentDisposition.inline(), filename, contentType).body(content);
	}

	/** A PDF we laid out, to open in the browser. */
	public static ResponseEntity<byte[]> pdf(String filename, byte[] content) {
		return inline(filename, MediaType.APPLICATION_PDF_VALUE, content);
	}

	private static ResponseEntity.BodyBuilder headers(ContentDisposition.Builder disposition, String filename,
			String contentType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(FileNames.safe(filename), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate());
	}

}
