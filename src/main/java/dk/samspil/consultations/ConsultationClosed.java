package dk.samspil.consultations;

/**
 * A consultation's period has ended; responses that still arrive are kept and marked
 * late.
 */
public record ConsultationClosed(ConsultationId consultation, String subjectKind, long subjectId, long responses) {
}
