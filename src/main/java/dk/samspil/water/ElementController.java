package dk.samspil.water;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;
import dk.samspil.rules.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page per kind of element, an editable table: each row is saved or removed on its
 * own, and each save makes the model's next version. A refused row keeps what was typed
 * and shows each error beside its field.
 */
@Controller
class ElementController {

	private final MessageSource messages;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ModelAccess access;

	private final Models models;

	private final ModelDesk desk;

	private final Region region;

	ElementController(ModelAccess access, Models models, ModelDesk desk, MessageSource messages, Region region) {
		this.region = region;
		this.messages = messages;
		this.access = access;
		this.models = models;
		this.desk = desk;
	}

	/**
	 * A row of the table: the element's id when it was read, the figures shown, and any
	 * errors: a message key beside each field, the engine's reasons for the row, and the
	 * reasons for the whole save (a newer version saved meanwhile).
	 */
	record Row(String original, Map<String, String> values, Map<String, String> errors, List<ModelError> modelErrors,
			List<String> reasons) {

		static Row shown(String original, Map<String, String> values) {
			return new Row(original, values, Map.of(), List.of(), List.of());
		}

		/** What was typed, with what a refusal put on {@code form}. */
		static Row refused(String original, Map<String, String> typed, Errors form,
				Function<ObjectError, String> reason) {
			Map<String, String> errors = new HashMap<>();
			form.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getCode()));
			List<ModelError> modelErrors = ModelRefused.errorsOn(form);
			List<String> reasons = form.getGlobalErrors()
				.stream()
				.filter(e -> !ModelRefused.ERROR.equals(e.getCode()))
				.map(reason)
				.toList();
			return new Row(original, typed, errors, modelErrors, reasons);
		}

		public String value(String field) {
			return values.getOrDefault(field, "");
		}

		public String error(String field) {
			return errors.get(field);
		}
	}

	@GetMapping("/water/models/{id}/elements/{kind}")
	String elements(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String kind,
			Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ElementKind elementKind = ElementKind.of(kind).orElseThrow(ModelAccess::notFound);
		return page(info, elementKind, null, model);
	}

	@PostMapping("/water/models/{id}/elements/{kind}")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String kind,
			@RequestParam(defaultValue = "0") int basedOn, @RequestParam(defaultValue = "") String original,
			@RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect, Locale locale) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ElementKind elementKind = ElementKind.of(kind).orElseThrow(ModelAccess::notFound);
		Map<String, String> typed = form.toSingleValueMap();
		boolean remove = action.equals("remove");
		try {
			int number = desk.edit(info.id(), basedOn, elementKind, original, typed, remove, user.personId(),
					user.displayName());
			redirect.addFlashAttribute("done",
					messages.getMessage("water.edit.saved", new Object[] { number }, locale));
			return "redirect:/water/models/" + id + "/elements/" + kind;
		}
		catch (Refusal refused) {
			Errors row = new MapBindingResult(new HashMap<>(typed), "row");
			refused.rejectOn(row);
			return page(info, elementKind, Row.refused(original, typed, row, e -> messages.getMessage(e, locale)),
					model);
		}
	}

	private String page(ModelInfo info, ElementKind kind, Row failed, Model model) {
		ModelVersion version = models.version(info.id(), info.latest()).orElseThrow(ModelAccess::notFound);
		JsonNode root = JSON.readTree(version.content());
		List<Row> rows = new ArrayList<>();
		boolean failedShown = false;
		for (JsonNode element : root.path(kind.array()).values()) {
			String id = element.path("id").asString();
			if (failed != null && id.equals(failed.original())) {
				rows.add(failed);
				failedShown = true;
				continue;
			}
			rows.add(Row.shown(id, shown(element, kind, version.positions().get(id))));
		}
		Row blank = failed != null && !failedShown ? failed : Row.shown("", Map.of());
		model.addAttribute("info", info);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ElementKind.values());
		// chosen by name: a member knows Vejle, not its code 0630
		model.addAttribute("municipalities",
				region.municipalities()
					.stream()
					.sorted(Comparator.comparing(Municipality::name, Collator.getInstance(Locale.forLanguageTag("da"))))
					.toList());
		model.addAttribute("version", version);
		model.addAttribute("rows", rows);
		model.addAttribute("blank", blank);
		model.addAttribute("failed", failed);
		return "water/elements";
	}

	private static Map<String, String> shown(JsonNode element, ElementKind kind, double[] position) {
		Map<String, String> values = new HashMap<>();
		values.put("id", element.path("id").asString());
		kind.fields().forEach(field -> values.put(field.name(), ElementEdit.shown(element, field)));
		if (position != null) {
			values.put("latitude", ElementEdit.number(position[0]));
			values.put("longitude", ElementEdit.number(position[1]));
		}
		return values;
	}

}
