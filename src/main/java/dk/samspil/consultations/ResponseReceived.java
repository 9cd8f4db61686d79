package dk.samspil.consultations;

import java.util.List;

/**
 * A response was stored; {@code anchors} are the sections it concerns (empty for the
 * whole document).
 */
public record ResponseReceived(ConsultationId consultation, String subjectKind, long subjectId, String receipt,
		List<String> anchors, boolean late) {
}
