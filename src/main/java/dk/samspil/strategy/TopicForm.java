package dk.samspil.strategy;

import dk.samspil.groups.GroupId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * Proposing a topic: title, description in Markdown, on whose behalf ({@code group:12} or
 * {@code municipality:0630}), themes, and links, one a line, written "label | address" or
 * just the address.
 */
record TopicForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 20000, message = "{validation.tooLong}") String description,
		@NotBlank(message = "{strategy.topic.onBehalfRequired}") @Pattern(
				regexp = "(group:\\d{1,12}|municipality:\\d{4})?",
				message = "{strategy.topic.onBehalfRequired}") String onBehalf,
		List<String> themes, @Size(max = 5000, message = "{validation.tooLong}") String links) {

	static TopicForm empty() {
		return new TopicForm("", "", "", List.of(), "");
	}

	/**
	 * The chosen themes' ids; a value that is no id at all counts as an unknown theme
	 * (-1).
	 */
	List<Long> themeIds() {
		return themes == null ? List.of()
				: themes.stream()
					.filter(t -> t != null && !t.isBlank())
					.map(t -> t.strip().matches("\\d{1,12}") ? Long.parseLong(t.strip()) : -1L)
					.distinct()
					.toList();
	}

	GroupId group() {
		return onBehalf != null && onBehalf.matches("group:\\d{1,12}")
				? new GroupId(Long.parseLong(onBehalf.substring(6))) : null;
	}

	String municipality() {
		return onBehalf != null && onBehalf.matches("municipality:\\d{4}") ? onBehalf.substring(13) : null;
	}

	/**
	 * The links as typed, or an error next to the field naming the first line that is not
	 * a safe address.
	 */
	List<Topic.Link> parsedLinks(BindingResult result) {
		List<Topic.Link> parsed = new ArrayList<>();
		if (links == null) {
			return parsed;
		}
		for (String line : links.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String label = (bar < 0 ? line : line.substring(0, bar)).strip();
			String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
			if (!safe(url) || label.length() > 300) {
				result.rejectValue("links", "strategy.topic.badLink", new Object[] { line.strip() }, null);
				return List.of();
			}
			parsed.add(new Topic.Link(label.isEmpty() ? url : label, url));
		}
		return parsed;
	}

	/**
	 * Web addresses and addresses within Samspil; nothing that a browser would run or
	 * that leaves by a trick.
	 */
	static boolean safe(String url) {
		// a backslash counts as a slash to browsers: "/\\other.example" leaves the site
		return url.matches("https?://[^\\s<>\"]+") || (url.matches("/[^\\s<>\"\\\\]*") && !url.startsWith("//"));
	}
}
