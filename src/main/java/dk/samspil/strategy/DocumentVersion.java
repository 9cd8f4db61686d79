package dk.samspil.strategy;

import dk.samspil.accounts.PersonId;
import dk.samspil.consultations.ConsultationId;
import dk.samspil.rules.Refusal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A numbered version of a process's strategy document, as the plan's versions are kept: a
 * version is never changed, a save writes the next number with a full copy of the
 * sections.
 */
record DocumentVersion(long id, ProcessId process, int number, String note, PersonId writtenBy, Instant writtenAt,
		List<DocumentSection> sections) {

	DocumentVersion {
		sections = List.copyOf(sections);
	}

	/**
	 * The sections a save may hold: the introduction first, then the sections of topics
	 * chosen in the process, each topic once. Anything else is refused whole, so no
	 * version is half written.
	 */
	static List<DocumentSection> check(List<DocumentSection> sections, Set<Long> chosen) {
		if (sections.isEmpty() || sections.get(0).topic() != null) {
			throw new Refusal("strategy.document.introductionFirst");
		}
		Set<Long> seen = new HashSet<>();
		for (DocumentSection section : sections.subList(1, sections.size())) {
			if (section.topic() == null || !chosen.contains(section.topic()) || !seen.add(section.topic())) {
				throw new Refusal("strategy.document.notChosen");
			}
		}
		return List.copyOf(sections);
	}

	/** The section on the topic, if this version has one. */
	DocumentSection section(Long topic) {
		return sections.stream().filter(s -> Objects.equals(s.topic(), topic)).findFirst().orElse(null);
	}

	/** A line of a document's history, with the consultation it was put to, if any. */
	record Entry(int number, String note, PersonId writtenBy, Instant writtenAt, ConsultationId consultation) {

		public boolean published() {
			return consultation != null;
		}
	}

	/**
	 * A version put to public consultation: from then on the published strategy, which
	 * anyone may read.
	 */
	record Publication(long versionId, int number, ConsultationId consultation, Instant publishedAt) {
	}
}
