package dk.samspil.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaidOutTest {

	/** Lays out a "PDF" of the HTML's bytes, and notes each HTML it lays out. */
	private final List<String> laidOut = new ArrayList<>();

	private final Function<String, byte[]> layOut = html -> {
		this.laidOut.add(html);
		return html.getBytes(StandardCharsets.UTF_8);
	};

	@Test
	void theSameHtmlIsLaidOutOnceAndChangedHtmlAnew() {
		LaidOut pdfs = new LaidOut(1_000);
		byte[] first = pdfs.pdf("<p>Høring om vand</p>", layOut);
		byte[] again = pdfs.pdf("<p>Høring om vand</p>", layOut);
		byte[] changed = pdfs.pdf("<p>Høring om drikkevand</p>", layOut);
		assertThat(again).isEqualTo(first);
		assertThat(new String(changed, StandardCharsets.UTF_8)).isEqualTo("<p>Høring om drikkevand</p>");
		assertThat(laidOut).containsExactly("<p>Høring om vand</p>", "<p>Høring om drikkevand</p>");
	}

	@Test
	void theLeastRecentlyFetchedGoOutWhenTheBytesAreFull() {
		LaidOut pdfs = new LaidOut(100);
		String a = "a".repeat(25);
		String b = "b".repeat(25);
		String c = "c".repeat(25);
		String d = "d".repeat(25);
		String e = "e".repeat(25);
		for (String html : List.of(a, b, c, d, a, e, a, c, b)) {
			pdfs.pdf(html, layOut);
		}
		// e made five of 25 bytes: b, the least recently fetched, went out, while c,
		// fetched again, was still kept
		assertThat(laidOut).containsExactly(a, b, c, d, e, b);
	}

	@Test
	void aPdfOfOverAQuarterOfTheBytesIsNotKept() {
		LaidOut pdfs = new LaidOut(100);
		String large = "x".repeat(26);
		pdfs.pdf(large, layOut);
		pdfs.pdf(large, layOut);
		assertThat(laidOut).containsExactly(large, large);
	}

}
