package dk.samspil.consultations;

import java.time.LocalDate;
import java.util.List;

import dk.samspil.groups.GroupId;

/**
 * What a module asks for when it puts a document out to consultation. {@code subjectKind}
 * and {@code subjectId} name the document in the asking module's terms (such as
 * "plan-version" and its id). The members of {@code ownerGroup} (may be null) become the
 * consultation's caseworkers.
 */
public record OpenConsultation(String subjectKind, long subjectId, String title, List<ConsultedSection> sections,
		LocalDate startsOn, LocalDate endsOn, boolean minorChange, LocalDate ideaDeadline, GroupId ownerGroup) {

	public OpenConsultation {
		sections = List.copyOf(sections);
	}
}
