package dk.samspil.library;

import java.util.Locale;
import java.util.Set;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML that is safe to show: HTML in the text is escaped, links and images go only to web and mail
 * addresses (never {@code javascript:} or {@code data:}), and links leave without a referrer to our pages.
 */
public final class Markdown {

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new SafeUrls())
		.attributeProviderFactory(context -> (node, tag, attributes) -> {
			if ("a".equals(tag)) {
				attributes.put("rel", "nofollow noopener noreferrer");
			}
		})
		.build();

	private Markdown() {
	}

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	/** The words without the Markdown signs, for the search index and its snippets. */
	public static String toText(String markdown) {
		return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
	}

	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
	}

	private static final class SafeUrls implements UrlSanitizer {

		@Override
		public String sanitizeLinkUrl(String url) {
			return safe(url);
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return safe(url);
		}

		/** Relative addresses and the safe schemes pass; anything else becomes an empty link. */
		private static String safe(String url) {
			String compact = url.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
			int colon = compact.indexOf(':');
			int slash = compact.indexOf('/');
			boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
			if (!hasScheme || SAFE_SCHEMES.contains(compact.substring(0, colon))) {
				return url;
			}
			return "";
		}
	}
}
