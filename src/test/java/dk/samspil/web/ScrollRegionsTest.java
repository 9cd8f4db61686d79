package dk.samspil.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A box a wide table scrolls in is reached with the keyboard, and a screen reader says
 * what it is on reaching it: a region with a name of its own, in every template.
 */
class ScrollRegionsTest {

	/** The opening tag of an element that is focusable for scrolling. */
	private static final Pattern FOCUSABLE_BOX = Pattern.compile("<div\\b[^>]*\\btabindex=\"0\"[^>]*>");

	@Test
	void everyFocusableScrollBoxIsANamedRegion() throws IOException {
		List<String> unnamed = new ArrayList<>();
		int boxes = 0;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher box = FOCUSABLE_BOX.matcher(Files.readString(template));
				while (box.find()) {
					boxes++;
					String tag = box.group();
					if (!tag.contains("role=\"region\"") || !tag.matches("(?s).*\\b(th:)?aria-label(ledby)?=.*")) {
						unnamed.add(template + ": " + tag);
					}
				}
			}
		}
		assertThat(boxes).isGreaterThan(20);
		assertThat(unnamed).isEmpty();
	}

}
