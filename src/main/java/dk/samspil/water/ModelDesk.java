package dk.samspil.water;

import java.time.Clock;
import java.util.Map;

import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.rules.FieldRefusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving models: a new model in a group, and each later save as a new version made from
 * the version the saver had open. A model the engine would refuse is never saved.
 */
@Component
class ModelDesk {

	private final Models models;

	private final ModelCheck check;

	private final Clock clock;

	private final ModelAccess access;

	ModelDesk(Models models, ModelCheck check, Clock clock, ModelAccess access) {
		this.models = models;
		this.check = check;
		this.clock = clock;
		this.access = access;
	}

	/**
	 * A new model in one of {@code user}'s groups, named by its slug; refused beside the
	 * group for any group the user may not start a model in.
	 * @throws ModelRefused when the engine would refuse the model
	 */
	@Transactional
	WaterModelId create(SignedInUser user, String group, String name, String content, String comment) {
		GroupInfo in = access.groupFor(user, group).orElseThrow(() -> new FieldRefusal("group", "water.group.unknown"));
		return create(in.id(), name, content, comment, user.personId(), user.displayName());
	}

	@Transactional
	WaterModelId create(GroupId group, String name, String content, String comment, PersonId by, String byName) {
		WaterModelId id = models.insert(group, name.strip());
		save(id, 0, content, Map.of(), comment, by, byName);
		return id;
	}

	/**
	 * Saves {@code content} as the version after {@code basedOn}, in the engine's own
	 * writing (volumes in m³), so that versions compare figure by figure whatever unit an
	 * upload used.
	 * @throws ModelRefused when the engine would refuse the model
	 * @throws StaleVersion when someone saved a newer version meanwhile
	 */
	@Transactional
	int save(WaterModelId id, int basedOn, String content, Map<String, double[]> positions, String comment, PersonId by,
			String byName) {
		String normalised = check.check(content).toJson();
		if (!models.advance(id, basedOn)) {
			int latest = models.find(id).map(ModelInfo::latest).orElse(basedOn);
			throw new StaleVersion(basedOn, latest);
		}
		int number = basedOn + 1;
		models.insertVersion(id, number, normalised, positions, comment.strip(), by, byName, clock.instant());
		return number;
	}

	/**
	 * Adds, changes or removes one element of the newest version and saves the result as
	 * the next version.
	 * @throws FieldsRefused when a typed figure is wrong (nothing saved)
	 * @throws ModelRefused when the engine refuses the changed model (nothing saved)
	 * @throws StaleVersion when {@code basedOn} is no longer the newest version
	 */
	@Transactional
	int edit(WaterModelId id, int basedOn, ElementKind kind, String original, Map<String, String> typed, boolean remove,
			PersonId by, String byName) {
		ModelVersion version = models.version(id, basedOn).orElseThrow(() -> new StaleVersion(basedOn, basedOn));
		ElementEdit.Outcome outcome = ElementEdit.apply(version.content(), version.positions(), kind, original, typed,
				remove);
		if (outcome.refused()) {
			throw new FieldsRefused(outcome.errors());
		}
		String element = remove ? original : typed.getOrDefault("id", original);
		String comment = (remove ? "Fjernet: " : original == null || original.isEmpty() ? "Tilføjet: " : "Ændret: ")
				+ element;
		return save(id, basedOn, outcome.content(), outcome.positions(), comment, by, byName);
	}

}
