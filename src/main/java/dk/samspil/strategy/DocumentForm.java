package dk.samspil.strategy;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A save of the strategy document: the version it was based on (0 for the first), a note
 * on what changed, and the sections in order, the introduction first. A section names its
 * topic in a hidden field.
 */
record DocumentForm(Integer basedOn, @Size(max = 500, message = "{validation.tooLong}") String note,
		List<@Valid SectionForm> sections) {

	/**
	 * A section number that no section has (a request that leaves one out) leaves no gap.
	 */
	DocumentForm {
		sections = sections == null ? null : sections.stream().filter(Objects::nonNull).toList();
	}

	record SectionForm(Long topic,
			@NotBlank(message = "{validation.required}") @Size(max = DocumentSection.HEADING_MAX,
					message = "{validation.tooLong}") String heading,
			@Size(max = DocumentSection.BODY_MAX, message = "{validation.tooLong}") String body) {

		static SectionForm of(DocumentSection section) {
			return new SectionForm(section.topic(), section.heading(), section.body());
		}
	}

	static DocumentForm of(int basedOn, List<DocumentSection> sections) {
		return new DocumentForm(basedOn, "", sections.stream().map(SectionForm::of).toList());
	}

	public List<SectionForm> sectionsOrEmpty() {
		return sections == null ? List.of() : sections;
	}

	int based() {
		return basedOn == null || basedOn < 0 ? 0 : basedOn;
	}

	/** The sections as the document keeps them; call only when the form has no errors. */
	List<DocumentSection> toSections() {
		return sectionsOrEmpty().stream().map(s -> new DocumentSection(s.topic(), s.heading(), s.body())).toList();
	}

	/**
	 * The same form made over a newer version: what was typed stays, the next save is
	 * based on the newer one.
	 */
	DocumentForm over(DocumentVersion newer) {
		return new DocumentForm(newer == null ? 0 : newer.number(), note, sections);
	}
}
