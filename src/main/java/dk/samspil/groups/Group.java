package dk.samspil.groups;

/**
 * A group of the collaboration. The slug names it in its address, so it never changes.
 */
record Group(long id, String slug, String name, GroupKind kind, String mandate, boolean closed) {

	GroupInfo info() {
		return new GroupInfo(new GroupId(id), slug, name, kind, closed);
	}
}
