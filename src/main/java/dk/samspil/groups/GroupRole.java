package dk.samspil.groups;

/** A person's role within one group. The chair runs the group's meetings. */
public enum GroupRole {

	CHAIR, SECRETARY, MEMBER

}
