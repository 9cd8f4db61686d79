package dk.samspil.water;

import java.time.Clock;

import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a model's scenarios and ensembles. Each save is one statement in one
 * transaction, so a refused save leaves nothing behind; an edit names the revision it was
 * made from, so it never overwrites someone else's.
 */
@Component
class ScenarioDesk {

	private final Scenarios scenarios;

	private final Clock clock;

	ScenarioDesk(Scenarios scenarios, Clock clock) {
		this.scenarios = scenarios;
		this.clock = clock;
	}

	/**
	 * @throws Refusal when the model already has a scenario of that name
	 */
	@Transactional
	long create(WaterModelId model, WaterScenario scenario, String description, String byName) {
		if (scenarios.nameTaken(model, scenario.name(), 0)) {
			throw new FieldRefusal("name", "water.scenario.nameTaken");
		}
		try {
			return scenarios.insert(model, scenario, description(description), byName, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("name", "water.scenario.nameTaken");
		}
	}

	/**
	 * @throws Refusal when the name is taken, or someone saved or removed the scenario
	 * meanwhile
	 */
	@Transactional
	void change(WaterModelId model, long id, int basedOn, WaterScenario scenario, String description, String byName) {
		if (scenarios.nameTaken(model, scenario.name(), id)) {
			throw new FieldRefusal("name", "water.scenario.nameTaken");
		}
		try {
			if (!scenarios.update(id, model, basedOn, scenario, description(description), byName, clock.instant())) {
				throw new Refusal("water.scenario.stale");
			}
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("name", "water.scenario.nameTaken");
		}
	}

	@Transactional
	void remove(WaterModelId model, long id) {
		scenarios.delete(id, model);
	}

	/**
	 * @throws Refusal when the model already has an ensemble of that name
	 */
	@Transactional
	long create(Ensemble ensemble) {
		if (scenarios.ensembleNameTaken(ensemble.model(), ensemble.name())) {
			throw new FieldRefusal("name", "water.ensemble.nameTaken");
		}
		try {
			return scenarios.insert(ensemble);
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("name", "water.ensemble.nameTaken");
		}
	}

	@Transactional
	void removeEnsemble(WaterModelId model, long id) {
		scenarios.deleteEnsemble(id, model);
	}

	private static String description(String description) {
		return description == null ? "" : description.strip();
	}

}
