package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.Quality;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.files.Downloads;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The siting question in a form: "an electrolyser of X MW from year Y, accepting
 * technical (or potable) water": per municipality what it could get each month without
 * cutting any other use, from which sources, and the months it would go short; as a
 * table, a map and a download. Asking changes nothing, so it is a GET and can be linked.
 */
@Controller
class SitingController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ModelAccess access;

	private final SitingDesk desk;

	SitingController(ModelAccess access, SitingDesk desk) {
		this.access = access;
		this.desk = desk;
	}

	/**
	 * The question as typed; {@code ask} is set once the person has pressed the button.
	 */
	record SitingForm(@NotBlank(message = "{validation.required}") String megawatts,
			@NotBlank(message = "{validation.required}") String fromYear, String quality, String future, String ask) {

		static SitingForm blank(int year) {
			return new SitingForm("300", String.valueOf(year), "TECHNICAL", "", null);
		}

		boolean asked() {
			return ask != null;
		}
	}

	/**
	 * The question read and checked; null where something is wrong, with the reason
	 * beside the field.
	 */
	private record Question(double megawatts, int fromYear, Quality quality, WaterScenario future) {
	}

	@GetMapping("/water/models/{id}/siting")
	String siting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("siting") SitingForm form, BindingResult binding, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelFile file = desk.file(info, info.latest());
		model.addAttribute("info", info);
		model.addAttribute("futures", desk.futures(info, file));
		model.addAttribute("firstYear", file.horizon().start().getYear());
		model.addAttribute("lastYear", file.horizon().month(file.horizon().months() - 1).getYear());
		if (form.megawatts() == null && form.fromYear() == null) {
			model.addAttribute("siting", SitingForm.blank(file.horizon().start().getYear() + 5));
			return "water/siting";
		}
		Question question = read(info, file, form, binding);
		if (question != null) {
			SitingAnswer answer = desk.answer(file, question.future(), question.megawatts(), question.quality(),
					question.fromYear());
			model.addAttribute("answer", answer);
			model.addAttribute("shares", JSON.writeValueAsString(answer.shares()));
		}
		return "water/siting";
	}

	@GetMapping("/water/models/{id}/siting.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("siting") SitingForm form, BindingResult binding) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelFile file = desk.file(info, info.latest());
		Question question = read(info, file, form, binding);
		if (question == null) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("The question is not complete: megawatts, fromYear, quality and future are needed."
					.getBytes(StandardCharsets.UTF_8));
		}
		SitingAnswer answer = desk.answer(file, question.future(), question.megawatts(), question.quality(),
				question.fromYear());
		String filename = "siting-model-" + id + "-v" + info.latest() + ".csv";
		return Downloads.attachment(filename, "text/csv;charset=UTF-8", answer.csv().getBytes(StandardCharsets.UTF_8));
	}

	private Question read(ModelInfo info, ModelFile file, SitingForm form, Errors errors) {
		Double megawatts = ScenarioCheck.number(errors, "megawatts", form.megawatts(), 0, ScenarioCheck.MEGAWATTS_HIGH);
		if (megawatts != null && megawatts == 0) {
			errors.rejectValue("megawatts", "water.siting.positive");
			megawatts = null;
		}
		int first = file.horizon().start().getYear();
		int last = file.horizon().month(file.horizon().months() - 1).getYear();
		Integer year = null;
		if (form.fromYear() != null && !form.fromYear().isBlank()) {
			try {
				year = Integer.parseInt(form.fromYear().strip());
			}
			catch (NumberFormatException e) {
				year = null;
			}
			if (year == null || year < first || year > last) {
				errors.rejectValue("fromYear", "water.siting.year", new Object[] { first, last }, null);
				year = null;
			}
		}
		Quality quality = "POTABLE".equals(form.quality()) ? Quality.POTABLE : Quality.TECHNICAL;
		Optional<WaterScenario> future = desk.future(info, file, form.future());
		if (future.isEmpty()) {
			errors.rejectValue("future", "water.siting.future");
		}
		if (errors.hasErrors() || megawatts == null || year == null) {
			return null;
		}
		return new Question(megawatts, year, quality, future.get());
	}

}
