package dk.samspil.water;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The water module's refusals are the product's one kind of refusal, so the one advice
 * shows any that a page does not, and a form shows each beside what it concerns.
 */
class WaterRefusalsTest {

	@Test
	void aSaveOnAnOlderVersionIsARefusalNamingBothVersions() {
		Refusal stale = new StaleVersion(3, 5);
		assertThat(stale.messageKey()).isEqualTo("water.stale");
		assertThat(stale.arguments()).containsExactly(3, 5);
	}

	@Test
	void eachWrongFigureIsShownBesideItsFieldAndAFieldKeepsItsFirstMessage() {
		Errors form = form("capacityPerMonth", "-5", "costPerM3", "cheap", "id", "");
		form.rejectValue("id", "validation.required");
		new FieldsRefused(Map.of("capacityPerMonth", "water.edit.negative", "costPerM3", "water.edit.number", "id",
				"water.edit.required"))
			.rejectOn(form);
		assertThat(form.getFieldError("capacityPerMonth").getCode()).isEqualTo("water.edit.negative");
		assertThat(form.getFieldError("costPerM3").getCode()).isEqualTo("water.edit.number");
		assertThat(form.getFieldErrors("id")).singleElement()
			.satisfies(e -> assertThat(e.getCode()).isEqualTo("validation.required"));
		assertThat(form.hasGlobalErrors()).isFalse();
	}

	@Test
	void everyReasonTheEngineGaveReachesTheFormWithItsElement() {
		List<ModelError> reasons = List.of(new ModelError("gw-1", "capShare: must be at most 1"),
				new ModelError("", "not valid JSON"));
		Refusal refused = new ModelRefused(reasons);
		assertThat(refused.messageKey()).isEqualTo("water.errors.summary");
		assertThat(refused.arguments()).containsExactly(2);
		Errors form = form();
		refused.rejectOn(form);
		assertThat(ModelRefused.errorsOn(form)).isEqualTo(reasons);
		assertThat(form.getGlobalErrors()).extracting(e -> e.getDefaultMessage())
			.containsExactly("gw-1: capShare: must be at most 1", "not valid JSON");
	}

	private static Errors form(String... typed) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < typed.length; i += 2) {
			values.put(typed[i], typed[i + 1]);
		}
		return new MapBindingResult(values, "row");
	}

}
