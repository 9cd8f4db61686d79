package dk.samspil.meetings;

enum DecisionStatus {

	IN_FORCE, SUPERSEDED, REVOKED

}
