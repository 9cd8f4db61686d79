package dk.samspil.groups;

/**
 * Fixed groups meet on standing cross-municipal tasks; working and project groups set
 * their own agendas.
 */
public enum GroupKind {

	FIXED, WORKING, PROJECT

}
