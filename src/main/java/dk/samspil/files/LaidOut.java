package dk.samspil.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The PDFs laid out lately, by a digest of their HTML, the least recently fetched first
 * out once they hold more than their bytes in all. Laying out a plan of 500,000
 * characters takes about a second, and anyone may fetch the document of a consultation,
 * again and again; its HTML takes a few milliseconds. The same HTML gives the same PDF,
 * so nothing kept is ever stale: what changed is new HTML, laid out anew.
 */
final class LaidOut {

	private final long maxBytes;

	private final Map<String, byte[]> pdfs = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	LaidOut(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * The PDF of the HTML, laid out when it is not kept. Two requests for one new PDF at
	 * once both lay it out; one layout is never waited on by another's request.
	 */
	byte[] pdf(String html, Function<String, byte[]> layOut) {
		String digest = digest(html);
		synchronized (pdfs) {
			byte[] kept = pdfs.get(digest);
			if (kept != null) {
				return kept;
			}
		}
		byte[] pdf = layOut.apply(html);
		if (pdf.length <= maxBytes / 4) {
			keep(digest, pdf);
		}
		return pdf;
	}

	private void keep(String digest, byte[] pdf) {
		synchronized (pdfs) {
			byte[] before = pdfs.put(digest, pdf);
			bytes += pdf.length - (before == null ? 0 : before.length);
			Iterator<byte[]> oldest = pdfs.values().iterator();
			while (bytes > maxBytes) {
				bytes -= oldest.next().length;
				oldest.remove();
			}
		}
	}

	private static String digest(String html) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
