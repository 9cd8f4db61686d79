package dk.samspil.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted passages without markup from the content: PostgreSQL marks the match with
 * control characters that never occur in indexed text, the passage is escaped, and only
 * then the marks become {@code <mark>}.
 */
final class Snippet {

	static final String START = "\u0002";

	static final String STOP = "\u0003";

	private Snippet() {
	}

	/**
	 * Text as it goes into the index: without the marker characters, so content can never
	 * forge a mark.
	 */
	static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ");
	}

	static String toHtml(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
