package dk.samspil.search;

/** Who may see a piece of content, and so who may find it. */
public enum Visibility {

	/** The members of the owning group, and the secretariat. */
	GROUP,

	/** Everyone signed in to the collaboration. */
	MEMBERS,

	/** Anyone, without signing in. */
	PUBLIC

}
