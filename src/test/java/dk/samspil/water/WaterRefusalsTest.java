package dk.samspil.water;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures typed into an element that cannot be right are each shown beside their field,
 * one message a field. (The pages that show the water module's refusals are tested in
 * {@link WaterModelsTest}.)
 */
class WaterRefusalsTest {

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

	private static Errors form(String... typed) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < typed.length; i += 2) {
			values.put(typed[i], typed[i + 1]);
		}
		return new MapBindingResult(values, "row");
	}

}
