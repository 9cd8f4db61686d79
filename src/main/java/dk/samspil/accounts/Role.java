package dk.samspil.accounts;

/**
 * What a person may do in Samspil as a whole; roles within a group belong to the groups
 * module.
 */
public enum Role {

	/** Administers municipalities, groups and people; sees everything. */
	SECRETARIAT,

	/** Works in the groups they belong to. */
	MEMBER,

	/**
	 * Records the decisions of their own municipality's committees and council on shared
	 * plans.
	 */
	COUNCIL_SECRETARY;

	String authority() {
		return "ROLE_" + name();
	}

}
