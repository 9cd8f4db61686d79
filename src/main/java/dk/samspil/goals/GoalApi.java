package dk.samspil.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The shared goals the secretariat has made public, with their regional progress, the
 * same for every caller, as on the public dashboard; the figures per municipality are
 * open data at /public/goals/figures.json. A goal that is not public does not exist here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Goals")
class GoalApi {

	/** {@code status} is the region's, as the dashboard shows it. */
	record GoalView(long id, String title, String unit, Direction direction, RollUp rollUp, Integer baselineYear,
			double baseline, Integer targetYear, double target, boolean illustrative, Status status, String url) {
	}

	private final GoalPages pages;

	GoalApi(GoalPages pages) {
		this.pages = pages;
	}

	@GetMapping("/goals")
	@Operation(summary = "Public goals with the region's progress")
	Paged<GoalView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		ApiPage asked = ApiPage.of(page, size);
		return Paged.of(pages.goals().findPublic().stream().map(this::view).toList(), asked);
	}

	@GetMapping("/goals/{id}")
	@Operation(summary = "One public goal with the region's progress")
	GoalView one(@PathVariable long id) {
		return pages.goals()
			.find(new GoalId(id))
			.filter(Goal::isPublic)
			.map(this::view)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such public goal."));
	}

	private GoalView view(Goal goal) {
		Progress progress = pages.progress(goal);
		return new GoalView(goal.id().value(), goal.title(), goal.unit(), goal.direction(), goal.rollUp(),
				goal.baselineYear(), progress.baseline(), goal.targetYear(), progress.target(), goal.illustrative(),
				progress.regionalStatus(), "/public/goals/" + goal.id().value());
	}

}
