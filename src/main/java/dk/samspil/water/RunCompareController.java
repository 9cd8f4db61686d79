package dk.samspil.water;

import java.util.List;
import java.util.Locale;

import dk.samspil.accounts.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two runs side by side; both must be readable by the person asking, or neither is found.
 */
@Controller
class RunCompareController {

	private final ModelAccess access;

	private final Runs runs;

	private final RunComparePage page;

	RunCompareController(ModelAccess access, Runs runs, RunComparePage page) {
		this.access = access;
		this.runs = runs;
		this.page = page;
	}

	@GetMapping("/water/runs/{id}/compare")
	String compare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Long with, @RequestParam(required = false) Integer a,
			@RequestParam(required = false) Integer b, Model model, Locale locale) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		ModelInfo info = access.readable(user, run.model());
		List<Run> others = runs.ofModel(run.model()).stream().filter(r -> r.id() != run.id() && r.finished()).toList();
		model.addAttribute("run", run);
		model.addAttribute("info", info);
		model.addAttribute("others", others);
		Run other = with != null ? runs.find(with).orElseThrow(ModelAccess::notFound)
				: others.stream().findFirst().orElse(null);
		if (other == null) {
			return "water/compare-runs";
		}
		ModelInfo otherInfo = access.readable(user, other.model());
		model.addAttribute("other", other);
		model.addAttribute("otherInfo", otherInfo);
		if (run.finished() && other.finished()) {
			page.fill(run, info, other, otherInfo, a, b, model, locale);
		}
		return "water/compare-runs";
	}

}
