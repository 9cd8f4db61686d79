package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.allocation.water.Quality;
import dk.samspil.files.Downloads;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

	@GetMapping("/water/models/{id}/siting")
	String siting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("siting") SitingForm form, BindingResult binding, Model model) {
		ModelInfo info = access.readable(user, new WaterModelId(id));
		ModelFile file = desk.file(info, info.latest());
		model.addAttribute("info", info);
		model.addAttribute("futures", desk.futures(info, file));
		model.addAttribute("firstYear", file.horizon().start().getYear());
		model.addAttribute("lastYear", file.horizon().month(file.horizon().months() - 1).getYear());
		model.addAttribute("qualities", List.of(Quality.TECHNICAL, Quality.POTABLE));
		if (form.untouched()) {
			model.addAttribute("siting", SitingForm.first(file));
			return "water/siting";
		}
		desk.refusals(info, file, form).forEach(refusal -> refusal.rejectOn(binding));
		if (!binding.hasErrors()) {
			SitingDesk.Question question = desk.question(info, file, form);
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
		desk.refusals(info, file, form).forEach(refusal -> refusal.rejectOn(binding));
		if (binding.hasErrors()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("The question is not complete: megawatts, fromYear, quality and future are needed."
					.getBytes(StandardCharsets.UTF_8));
		}
		SitingDesk.Question question = desk.question(info, file, form);
		SitingAnswer answer = desk.answer(file, question.future(), question.megawatts(), question.quality(),
				question.fromYear());
		String filename = "siting-model-" + id + "-v" + info.latest() + ".csv";
		return Downloads.attachment(filename, "text/csv;charset=UTF-8", answer.csv().getBytes(StandardCharsets.UTF_8));
	}

}
