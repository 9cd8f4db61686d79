package dk.samspil.meetings;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Who may see and run a group's meetings: members read their own groups' private content,
 * the secretariat reads all, and a group's chair (or the secretariat) manages its
 * meetings. To anyone else a private item does not exist.
 */
@Component
class GroupAccess {

	private final GroupDirectory directory;

	GroupAccess(GroupDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Who may call a meeting: the chair and the secretariat, and in a working group any
	 * member, for working groups set their own agendas.
	 */
	boolean mayConvene(SignedInUser user, GroupInfo group) {
		return manages(user, group.id())
				|| group.kind() == GroupKind.WORKING && directory.roleOf(user.personId(), group.id()).isPresent();
	}

	GroupInfo convened(SignedInUser user, GroupInfo group) {
		if (!mayConvene(user, group)) {
			throw new AccessDeniedException("Only the chair, the secretariat or, in a working group, a member");
		}
		return group;
	}

	/** A member of the group (or the secretariat): may propose items to it. */
	GroupInfo membered(SignedInUser user, GroupInfo group) {
		if (!reads(user, group.id())) {
			throw new AccessDeniedException("Only the group's members");
		}
		return group;
	}

	boolean reads(SignedInUser user, GroupId group) {
		return user.isSecretariat() || directory.roleOf(user.personId(), group).isPresent();
	}

	boolean manages(SignedInUser user, GroupId group) {
		return user.isSecretariat()
				|| directory.roleOf(user.personId(), group).filter(GroupRole.CHAIR::equals).isPresent();
	}

	/**
	 * The group, if the user may read it; otherwise "not found", so that its private
	 * content is not revealed.
	 */
	GroupInfo readable(SignedInUser user, GroupId group) {
		GroupInfo info = directory.find(group).orElseThrow(GroupAccess::notFound);
		if (!reads(user, group)) {
			throw notFound();
		}
		return info;
	}

	GroupInfo readable(SignedInUser user, String slug) {
		GroupInfo info = directory.findBySlug(slug).orElseThrow(GroupAccess::notFound);
		return readable(user, info.id());
	}

	/**
	 * The group, if the user manages it; a member who may read it but not run it is
	 * refused.
	 */
	GroupInfo managed(SignedInUser user, GroupId group) {
		GroupInfo info = readable(user, group);
		if (!manages(user, group)) {
			throw new AccessDeniedException("Only the group's chair or the secretariat");
		}
		return info;
	}

	/**
	 * The groups {@code user} reads, as {@link #reads} decides, asked once for a list of
	 * things from several groups.
	 */
	Predicate<GroupId> reader(SignedInUser user) {
		if (user.isSecretariat()) {
			return group -> true;
		}
		return Set.copyOf(groupsOf(user))::contains;
	}

	List<GroupId> groupsOf(SignedInUser user) {
		return directory.groupsOf(user.personId());
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(NOT_FOUND);
	}

}
