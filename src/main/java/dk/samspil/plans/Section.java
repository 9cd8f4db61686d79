package dk.samspil.plans;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A numbered section of a plan version. The anchor is derived from the heading, so a response or a change linked to
 * it still points at the same section in the next version.
 */
record Section(int position, String number, String anchor, String heading, String body) {

	private static final Parser PARSER = Parser.builder().build();

	// Plan texts are pasted from word processors by many hands: raw HTML in them is shown, never run.
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** The body as safe HTML. */
	public String html() {
		return RENDERER.render(PARSER.parse(body));
	}

	int level() {
		return number.split("\\.").length;
	}
}
