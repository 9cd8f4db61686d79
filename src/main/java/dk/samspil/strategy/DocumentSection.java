package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import dk.samspil.markdown.Markdown;

/**
 * A section of the strategy document: the introduction ({@code topic} null) or the
 * section of one chosen topic. The anchor follows the topic, not the heading, so a link
 * to a topic's section holds from version to version.
 */
record DocumentSection(Long topic, String heading, String body) {

	static final int HEADING_MAX = 200;

	static final int BODY_MAX = 50_000;

	static final String INTRODUCTION = "indledning";

	DocumentSection {
		heading = heading == null ? "" : heading.strip();
		body = body == null ? "" : body.strip();
		if (heading.isEmpty()) {
			throw new Refusal("strategy.document.headingRequired");
		}
		if (heading.length() > HEADING_MAX || body.length() > BODY_MAX) {
			throw new Refusal("strategy.document.tooLong");
		}
	}

	public String anchor() {
		return topic == null ? INTRODUCTION : "emne-" + topic;
	}

	/** The body as safe HTML, through the product's one Markdown renderer. */
	public String html() {
		return Markdown.toHtml(body);
	}
}
