package dk.samspil.library;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.samspil.groups.ThemeId;
import dk.samspil.search.Visibility;

/**
 * The form for a document or note; the files come separately, so a refused file never
 * loses what was typed.
 */
record DocumentForm(@NotNull(message = "{validation.required}") DocumentKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 1000, message = "{validation.tooLong}") String summary,
		@Size(max = 100000, message = "{validation.tooLong}") String body, List<Long> themes,
		@NotNull(message = "{validation.required}") Visibility visibility, Integer version) {

	static DocumentForm empty() {
		return new DocumentForm(DocumentKind.DOCUMENT, "", "", "", List.of(), Visibility.GROUP, 1);
	}

	static DocumentForm of(Document document) {
		return new DocumentForm(document.kind(), document.title(), document.summary(), document.body(),
				document.themes().stream().map(ThemeId::value).toList(), document.visibility(), document.version());
	}

	/**
	 * The same form made from the given version, for saving again over a colleague's
	 * changes knowingly.
	 */
	DocumentForm over(Document current) {
		return new DocumentForm(kind, title, summary, body, themes, visibility, current.version());
	}

	/** The chosen themes; an empty value (a box sent blank) chooses none. */
	List<ThemeId> themeIds() {
		return themes == null ? List.of()
				: themes.stream().filter(Objects::nonNull).distinct().map(ThemeId::new).toList();
	}

	public String summaryText() {
		return summary == null ? "" : summary.strip();
	}

	public String bodyText() {
		return body == null ? "" : body.strip();
	}
}
