package dk.samspil.water;

import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Who may open a water model: the members of the group that owns it and the secretariat.
 * To anyone else the model does not exist ("not found"), so that its name and figures are
 * not revealed.
 */
@Component
class ModelAccess {

	private final Models models;

	private final GroupDirectory groups;

	ModelAccess(Models models, GroupDirectory groups) {
		this.models = models;
		this.groups = groups;
	}

	boolean opens(SignedInUser user, GroupId group) {
		return user.isSecretariat() || groups.roleOf(user.personId(), group).isPresent();
	}

	ModelInfo readable(SignedInUser user, WaterModelId id) {
		ModelInfo model = models.find(id).orElseThrow(ModelAccess::notFound);
		if (!opens(user, model.group())) {
			throw notFound();
		}
		return model;
	}

	List<ModelInfo> visibleTo(SignedInUser user) {
		return models.ofGroups(groups.groupsOf(user.personId()), user.isSecretariat());
	}

	/**
	 * The groups in which the user may start a model: their own open groups (all open
	 * groups for the secretariat).
	 */
	List<GroupInfo> groupsFor(SignedInUser user) {
		return groups.all().stream().filter(g -> !g.closed()).filter(g -> opens(user, g.id())).toList();
	}

	/** The group named {@code slug}, if the user may start a model in it. */
	Optional<GroupInfo> groupFor(SignedInUser user, String slug) {
		return groupsFor(user).stream().filter(g -> g.slug().equals(slug)).findFirst();
	}

	public String groupName(GroupId id) {
		return groups.find(id).map(GroupInfo::name).orElse("");
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(NOT_FOUND);
	}

}
