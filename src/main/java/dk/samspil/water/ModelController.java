package dk.samspil.water;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.Downloads;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import dk.samspil.region.Region;
import dk.samspil.rules.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The water models of a person's groups: versions, upload and download of model files,
 * comparison.
 */
@Controller
class ModelController {

	private final ModelAccess access;

	private final Models models;

	private final ModelDesk desk;

	private final VersionFiles files;

	private final ModelMap map;

	private final Runs runs;

	private final Region region;

	private final MessageSource messages;

	ModelController(ModelAccess access, Models models, ModelDesk desk, VersionFiles files, ModelMap map, Runs runs,
			Region region, MessageSource messages) {
		this.files = files;
		this.region = region;
		this.messages = messages;
		this.runs = runs;
		this.access = access;
		this.models = models;
		this.desk = desk;
		this.map = map;
	}

	@GetMapping("/water")
	String models(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!model.containsAttribute("newModel")) {
			model.addAttribute("newModel", new ModelForms.NewModel("", "", ""));
		}
		model.addAttribute("models", access.visibleTo(user));
		model.addAttribute("groups", access.groupsFor(user));
		model.addAttribute("access", access);
		model.addAttribute("maxSizeMb", AcceptedFiles.WATER_MODEL.maxSize().toMegabytes());
		return "water/models";
	}

	@PostMapping("/water/models")
	String create(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("newModel") ModelForms.NewModel form, BindingResult binding,
			@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
		String json = read(file, model, locale);
		if (binding.hasErrors() || json == null) {
			return models(user, model);
		}
		try {
			WaterModelId id = desk.create(user, form.group(), form.name(), json, form.comment());
			return "redirect:/water/models/" + id.value();
		}
		catch (Refusal refused) {
			refused.rejectOn(binding);
			return models(user, model);
		}
	}

	@GetMapping("/water/models/{id}")
	ModelAndView latest(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		return version(user, id, info.latest(), model);
	}

	/**
	 * A version's page. One that no longer reads answers 409 (it conflicts with today's
	 * model format, and the person can resolve that) with the reason in place of its
	 * figures, and keeps the download, the versions and the upload form for the
	 * correction.
	 */
	@GetMapping("/water/models/{id}/versions/{number}")
	ModelAndView version(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		List<ModelVersion> versions = models.versions(info.id());
		ModelVersion version = versions.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow(ModelAccess::notFound);
		model.addAttribute("info", info);
		model.addAttribute("groupName", access.groupName(info.group()));
		model.addAttribute("version", version);
		boolean reads = summary(info, number, model);
		model.addAttribute("versions", versions);
		model.addAttribute("runs", runs.ofModel(info.id()));
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", new ModelForms.Upload("", info.latest()));
		}
		model.addAttribute("maxSizeMb", AcceptedFiles.WATER_MODEL.maxSize().toMegabytes());
		ModelAndView page = new ModelAndView("water/model");
		if (!reads) {
			page.setStatus(HttpStatus.CONFLICT);
		}
		return page;
	}

	/**
	 * The version's figures at a glance, or why it no longer reads; whether it reads.
	 */
	private boolean summary(ModelInfo info, int number, Model model) {
		try {
			ModelSummary summary = ModelSummary.of(files.of(info.id(), number));
			model.addAttribute("summary", summary);
			model.addAttribute("municipalityNames", names(summary.municipalities()));
			return true;
		}
		catch (UnreadableVersion unreadable) {
			model.addAttribute("unreadable", unreadable);
			return false;
		}
	}

	@GetMapping("/water/models/{id}/versions/{number}/model.json")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable int number) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelVersion version = models.version(info.id(), number).orElseThrow(ModelAccess::notFound);
		String filename = "water-model-" + id + "-v" + number + ".json";
		return Downloads.attachment(filename, MediaType.APPLICATION_JSON_VALUE,
				version.content().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/water/models/{id}/versions/{number}/map.geojson")
	ResponseEntity<String> map(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable int number) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelVersion version = models.version(info.id(), number).orElseThrow(ModelAccess::notFound);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(map.geoJson(version));
	}

	@PostMapping("/water/models/{id}/versions")
	ModelAndView upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("upload") ModelForms.Upload form, BindingResult binding,
			@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		String json = read(file, model, locale);
		if (binding.hasErrors() || json == null) {
			return version(user, id, info.latest(), model);
		}
		try {
			int number = desk.save(info.id(), form.basedOn(), json, Map.of(), form.comment(), user.personId(),
					user.displayName());
			return new ModelAndView("redirect:/water/models/" + id + "/versions/" + number);
		}
		catch (Refusal refused) {
			refused.rejectOn(binding);
		}
		return version(user, id, info.latest(), model);
	}

	@GetMapping("/water/models/{id}/compare")
	String compare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int from, @RequestParam(defaultValue = "0") int to, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelInfo.Compared compared = info.compared(from, to);
		ModelVersion before = models.version(info.id(), compared.older()).orElseThrow(ModelAccess::notFound);
		ModelVersion after = models.version(info.id(), compared.newer()).orElseThrow(ModelAccess::notFound);
		model.addAttribute("info", info);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("versions", models.versions(info.id()));
		model.addAttribute("comparison", ModelComparison.of(before.content(), after.content()));
		return "water/compare";
	}

	/**
	 * The uploaded file as text, or null when it is too large, no model file at all or
	 * unreadable, with the reason beside the file field; no file is an empty text, which
	 * the check refuses with its own message.
	 */
	private String read(MultipartFile file, Model model, Locale locale) {
		if (file == null || file.isEmpty()) {
			return "";
		}
		String name = FileNames.safe(file.getOriginalFilename());
		if (AcceptedFiles.WATER_MODEL.tooLarge(file.getSize())) {
			model.addAttribute("fileError", messages.getMessage("water.upload.file.tooLarge",
					new Object[] { name, AcceptedFiles.WATER_MODEL.maxSize().toMegabytes() }, locale));
			return null;
		}
		try {
			Upload upload = AcceptedFiles.WATER_MODEL.check(name, file.getBytes()).orElse(null);
			if (upload == null) {
				model.addAttribute("fileError",
						messages.getMessage("water.upload.file.type", new Object[] { name }, locale));
				return null;
			}
			return new String(upload.content(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			model.addAttribute("fileError",
					messages.getMessage("water.upload.file.unreadable", new Object[] { name }, locale));
			return null;
		}
	}

	/**
	 * The municipalities' names, in the order of their codes; a code the region lacks as
	 * it is.
	 */
	private List<String> names(List<String> codes) {
		Map<String, String> names = new HashMap<>();
		region.municipalities().forEach(m -> names.put(m.code().value(), m.name()));
		return codes.stream()
			.map(code -> names.getOrDefault(code, code))
			.sorted(Collator.getInstance(Locale.forLanguageTag("da")))
			.toList();
	}

}
