package dk.samspil.consultations;

/** Identifies a public consultation. */
public record ConsultationId(long value) {
}
