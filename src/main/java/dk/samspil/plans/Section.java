package dk.samspil.plans;

import dk.samspil.markdown.Markdown;

/**
 * A numbered section of a plan version. The anchor is derived from the heading, so a
 * response or a change linked to it still points at the same section in the next version.
 */
record Section(int position, String number, String anchor, String heading, String body) {

	/**
	 * The body as safe HTML: plan texts are pasted from word processors by many hands,
	 * and nothing in them runs.
	 */
	public String html() {
		return Markdown.toHtml(body);
	}

	int level() {
		return number.split("\\.").length;
	}
}
