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
import dk.samspil.paging.Pager;
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

	/**
	 * One page of the elements whose id holds {@code q}; {@code page} is taken as it
	 * comes, since any text may be typed into the address.
	 */
	@GetMapping("/water/models/{id}/elements/{kind}")
	String elements(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String kind,
			@RequestParam(defaultValue = "") String q, @RequestParam(name = "page", defaultValue = "") String number,
			Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ElementKind elementKind = ElementKind.of(kind).orElseThrow(ModelAccess::notFound);
		return page(info, elementKind, null, q, Pager.requested(number).orElse(1), model);
	}

	@PostMapping("/water/models/{id}/elements/{kind}")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String kind,
			@RequestParam(defaultValue = "0") int basedOn, @RequestParam(defaultValue = "") String original,
			@RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "") String q,
			@RequestParam(name = "page", defaultValue = "") String number,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ElementKind elementKind = ElementKind.of(kind).orElseThrow(ModelAccess::notFound);
		Map<String, String> typed = form.toSingleValueMap();
		boolean remove = action.equals("remove");
		try {
			int saved = desk.edit(info.id(), basedOn, elementKind, original, typed, remove, user.personId(),
					user.displayName());
			redirect.addFlashAttribute("done", messages.getMessage("water.edit.saved", new Object[] { saved }, locale));
			keepPlace(redirect, q, Pager.requested(number).orElse(1));
			return "redirect:/water/models/" + id + "/elements/" + kind;
		}
		catch (Refusal refused) {
			Errors row = new MapBindingResult(new HashMap<>(typed), "row");
			refused.rejectOn(row);
			return page(info, elementKind, Row.refused(original, typed, row, e -> messages.getMessage(e, locale)), q,
					Pager.requested(number).orElse(1), model);
		}
	}

	/**
	 * Back to the page and filter the save was made from, which the address then names.
	 */
	private static void keepPlace(RedirectAttributes redirect, String q, int page) {
		String filter = ElementPage.filter(q);
		if (!filter.isEmpty()) {
			redirect.addAttribute("q", filter);
		}
		if (page > 1) {
			redirect.addAttribute("page", page);
		}
	}

	private String page(ModelInfo info, ElementKind kind, Row failed, String q, int requested, Model model) {
		ModelVersion version = models.version(info.id(), info.latest()).orElseThrow(ModelAccess::notFound);
		JsonNode elements = JSON.readTree(version.content()).path(kind.array());
		String filter = ElementPage.filter(q);
		List<JsonNode> matching = elements.valueStream()
			.filter(element -> ElementPage.matches(element.path("id").asString(), filter))
			.toList();
		ElementPage listing = new ElementPage(filter, requested, matching.size(), elements.size());
		Pager shown = listing.page();
		List<Row> rows = rows(matching.subList(shown.offset(), shown.offset() + shown.limit()), kind, version);
		Row blank = Row.shown("", Map.of());
		if (failed != null) {
			blank = placeRefused(failed, rows, elements) ? blank : failed;
		}
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
		model.addAttribute("listing", listing);
		model.addAttribute("rows", rows);
		model.addAttribute("blank", blank);
		model.addAttribute("failed", failed);
		return "water/elements";
	}

	private static List<Row> rows(List<JsonNode> elements, ElementKind kind, ModelVersion version) {
		List<Row> rows = new ArrayList<>();
		for (JsonNode element : elements) {
			String id = element.path("id").asString();
			rows.add(Row.shown(id, shown(element, kind, version.positions().get(id))));
		}
		return rows;
	}

	/**
	 * Shows a refused change of an element in its row, or first when the element is on
	 * another page or filtered out, so that its message is never lost; false when the
	 * element is not in the model (a new one, or one removed meanwhile), whose row is
	 * then the one for a new element.
	 */
	private static boolean placeRefused(Row failed, List<Row> rows, JsonNode elements) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).original().equals(failed.original())) {
				rows.set(i, failed);
				return true;
			}
		}
		boolean inModel = !failed.original().isEmpty()
				&& elements.valueStream().anyMatch(element -> element.path("id").asString().equals(failed.original()));
		if (inModel) {
			rows.add(0, failed);
		}
		return inModel;
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
