package dk.samspil.groups;

import dk.samspil.rules.Refusal;

/**
 * A group of the collaboration. The slug names it in its address, so it never changes.
 * The version counts the saves of what the secretariat edits (name, kind, mandate,
 * members, themes), so that a save made on an outdated copy is refused instead of
 * overwriting a colleague.
 */
record Group(long id, String slug, String name, GroupKind kind, String mandate, boolean closed, int version) {

	GroupInfo info() {
		return new GroupInfo(new GroupId(id), slug, name, kind, closed);
	}

	/**
	 * The group as changed from the version the form was opened on; refused when someone
	 * saved another version meanwhile.
	 */
	Group changed(GroupChange change, Integer openedOn) {
		if (openedOn == null || openedOn != version) {
			throw new Refusal("groups.changedMeanwhile");
		}
		return new Group(id, slug, change.name(), change.kind(), change.mandate(), closed, version);
	}

	Group closedNow() {
		if (closed) {
			throw new Refusal("groups.rule.alreadyClosed", name);
		}
		return new Group(id, slug, name, kind, mandate, true, version);
	}

	Group reopened() {
		if (!closed) {
			throw new Refusal("groups.rule.notClosed", name);
		}
		return new Group(id, slug, name, kind, mandate, false, version);
	}

}
