package dk.samspil.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML that is safe to show, for every module that shows text people wrote:
 * HTML in the text is escaped, and only {@code http}, {@code https}, {@code mailto} and
 * relative addresses become links (images: only web and relative addresses). Any other
 * link, such as {@code javascript:} or {@code data:}, is shown as its text, so the reader
 * sees what was written and nothing runs. Links leave without a referrer to our pages.
 */
public final class Markdown {

	static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

	private static final Parser PARSER = Parser.builder().postProcessor(Markdown::unlinkUnsafe).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true) // a second line behind the post-processor: commonmark's own
							// list of dangerous schemes
		.attributeProviderFactory(context -> (node, tag, attributes) -> {
			if ("a".equals(tag)) {
				attributes.put("rel", "nofollow noopener noreferrer");
			}
		})
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private Markdown() {
	}

	/** The text as safe HTML. */
	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
	}

	/** The words without the Markdown signs, for a search index and its snippets. */
	public static String toText(String markdown) {
		return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
	}

	/** Whether an address may become a link: relative, or one of the allowed schemes. */
	static boolean allowed(String destination, Set<String> schemes) {
		String compact = destination.replaceAll("[\\s\\x00-\\x1F\\x7F]", "").toLowerCase(Locale.ROOT);
		int colon = compact.indexOf(':');
		if (colon < 0) {
			return true;
		}
		String before = compact.substring(0, colon);
		boolean relative = before.contains("/") || before.contains("?") || before.contains("#");
		return relative || schemes.contains(before);
	}

	private static Node unlinkUnsafe(Node document) {
		List<Node> unsafe = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (!allowed(link.getDestination(), LINK_SCHEMES)) {
					unsafe.add(link);
				}
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				if (!allowed(image.getDestination(), IMAGE_SCHEMES)) {
					unsafe.add(image);
				}
				visitChildren(image);
			}
		});
		unsafe.forEach(Markdown::replaceByText);
		return document;
	}

	/**
	 * A link keeps its words, an image its description, both as plain text where they
	 * stood.
	 */
	private static void replaceByText(Node node) {
		Node child = node.getFirstChild();
		if (child == null) {
			node.insertBefore(new Text(node instanceof Link link ? link.getDestination() : ""));
		}
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}

}
