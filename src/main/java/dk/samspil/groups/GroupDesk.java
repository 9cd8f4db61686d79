package dk.samspil.groups;

import dk.samspil.rules.Refusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat does to a group: starts it, changes it, closes and reopens it.
 * Each action is one transaction that reads the group with its row locked (and holds the
 * name it gives), so two people acting at once are served one after the other and the
 * second meets the rule on what the first left; the rules are the group's own.
 */
@Component
class GroupDesk {

	private final Groups groups;

	private final GroupDirectory directory;

	GroupDesk(Groups groups, GroupDirectory directory) {
		this.groups = groups;
		this.directory = directory;
	}

	/** Starts a group with its members and themes; refused under a name taken. */
	@Transactional
	GroupInfo start(GroupChange change) {
		checkNameFree(change.name(), null);
		GroupId id = directory.start(change.name(), change.kind(), change.mandate());
		groups.replaceMembers(id.value(), change.members());
		groups.replaceThemes(id.value(), change.themes());
		return directory.find(id).orElseThrow();
	}

	/**
	 * Changes the group from the version its form was opened on; refused when someone
	 * saved it meanwhile, or gave another group the name.
	 */
	@Transactional
	void change(long id, GroupChange change, Integer openedOn) {
		Group changed = locked(id).changed(change, openedOn);
		checkNameFree(change.name(), id);
		if (!groups.save(changed)) {
			throw new Refusal("groups.changedMeanwhile");
		}
		groups.replaceMembers(id, change.members());
		groups.replaceThemes(id, change.themes());
	}

	@Transactional
	void close(long id) {
		groups.saveClosed(locked(id).closedNow());
	}

	@Transactional
	void reopen(long id) {
		groups.saveClosed(locked(id).reopened());
	}

	private Group locked(long id) {
		return groups.lock(id).orElseThrow(() -> new Refusal("groups.gone"));
	}

	private void checkNameFree(String name, Long self) {
		groups.lockName(name);
		if (groups.nameTaken(name, self)) {
			throw new Refusal("groups.name.taken");
		}
	}

}
