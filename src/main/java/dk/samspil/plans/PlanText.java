package dk.samspil.plans;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a plan written in Markdown into numbered sections at its headings (#, ##, ###).
 */
final class PlanText {

	static final String PREAMBLE = "Indledning";

	private PlanText() {
	}

	static List<Section> sections(String markdown) {
		List<Section> sections = new ArrayList<>();
		Anchors anchors = new Anchors();
		int[] counters = new int[3];
		String heading = null;
		String number = null;
		StringBuilder body = new StringBuilder();
		boolean fenced = false;
		for (String line : (markdown == null ? "" : markdown).replace("\r\n", "\n").split("\n", -1)) {
			if (line.strip().startsWith("```")) {
				fenced = !fenced;
			}
			int level = fenced ? 0 : headingLevel(line);
			if (level == 0) {
				body.append(line).append('\n');
				continue;
			}
			add(sections, anchors, heading, number, body);
			int depth = Math.min(level, 3) - 1;
			counters[depth]++;
			for (int i = depth + 1; i < counters.length; i++) {
				counters[i] = 0;
			}
			number = number(counters, depth);
			heading = line.replaceFirst("^\\s*#+\\s*", "").replaceFirst("\\s*#+\\s*$", "").strip();
			body = new StringBuilder();
		}
		add(sections, anchors, heading, number, body);
		return sections;
	}

	/**
	 * Writes sections back as Markdown, so a new version starts from the text of the last
	 * one.
	 */
	static String markdown(List<Section> sections) {
		StringBuilder text = new StringBuilder();
		for (Section section : sections) {
			if (!section.number().isEmpty()) {
				text.append("#".repeat(section.level())).append(' ').append(section.heading()).append("\n\n");
			}
			if (!section.body().isBlank()) {
				text.append(section.body()).append("\n\n");
			}
		}
		return text.toString().strip() + "\n";
	}

	private static void add(List<Section> sections, Anchors anchors, String heading, String number,
			StringBuilder body) {
		String text = body.toString().strip();
		if (heading == null && text.isEmpty()) {
			return;
		}
		String title = heading == null || heading.isEmpty() ? PREAMBLE : heading;
		sections.add(new Section(sections.size() + 1, number == null ? "" : number, anchors.of(title), title, text));
	}

	/**
	 * The sections' anchors, each its own: a title given again gets "-2", "-3" and so on.
	 * Each title counts on from where it stopped; counting from 2 every time made a plan
	 * of 4,000 empty headings take 15 s.
	 */
	private static final class Anchors {

		private final Set<String> taken = new HashSet<>();

		private final Map<String, Integer> next = new HashMap<>();

		String of(String title) {
			String slug = slug(title);
			String anchor = slug;
			int n = next.getOrDefault(slug, 2);
			while (!taken.add(anchor)) {
				anchor = slug + "-" + n++;
			}
			next.put(slug, n);
			return anchor;
		}

	}

	private static int headingLevel(String line) {
		int level = 0;
		while (level < line.length() && line.charAt(level) == '#') {
			level++;
		}
		boolean heading = level > 0 && level <= 6 && (line.length() == level || line.charAt(level) == ' ');
		return heading ? level : 0;
	}

	private static String number(int[] counters, int depth) {
		StringBuilder number = new StringBuilder();
		for (int i = 0; i <= depth; i++) {
			number.append(i == 0 ? "" : ".").append(Math.max(counters[i], 1));
		}
		return number.toString();
	}

	/** "Grøn omstilling & vand" becomes "groen-omstilling-vand". */
	static String slug(String text) {
		String danish = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "afsnit" : slug;
	}

}
