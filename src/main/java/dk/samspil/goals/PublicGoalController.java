package dk.samspil.goals;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dk.samspil.files.Downloads;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public dashboard: goals the secretariat marked public, without login, and their
 * figures as open data (CSV and JSON under a stated licence). A goal that is not public
 * does not exist here, in pages or downloads.
 */
@Controller
class PublicGoalController {

	/** The licence of the open data, named in the files and on the data page. */
	static final String LICENCE = "CC BY 4.0";

	static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	private final GoalPages pages;

	private final Figures figures;

	private final JsonMapper json;

	PublicGoalController(GoalPages pages, Figures figures, JsonMapper json) {
		this.pages = pages;
		this.figures = figures;
		this.json = json;
	}

	@GetMapping("/public/goals")
	String dashboard(Model model) {
		model.addAttribute("summaries", pages.summaries(pages.goals().findPublic()));
		return "goals/public-goals";
	}

	@GetMapping("/public/goals/{id}")
	String goal(@PathVariable long id, Model model, Locale locale) {
		Goal goal = pages.goals()
			.find(new GoalId(id))
			.filter(Goal::isPublic)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		pages.fill(model, goal, locale);
		return "goals/public-goal";
	}

	@GetMapping("/public/goals/data")
	String data(Model model) {
		model.addAttribute("goals", pages.goals().findPublic());
		model.addAttribute("licence", LICENCE);
		model.addAttribute("licenceUrl", LICENCE_URL);
		return "goals/open-data";
	}

	@GetMapping("/public/goals/figures.csv")
	ResponseEntity<byte[]> csv() {
		StringBuilder csv = new StringBuilder(
				"goal_id,goal,unit,municipality_code,municipality,catchment,period,value\r\n");
		for (OpenFigure f : openFigures()) {
			csv.append(f.goalId())
				.append(',')
				.append(quote(f.goal()))
				.append(',')
				.append(quote(f.unit()))
				.append(',')
				.append(f.municipalityCode())
				.append(',')
				.append(quote(f.municipality()))
				.append(',')
				.append(quote(f.catchment()))
				.append(',')
				.append(f.period())
				.append(',')
				.append(f.value())
				.append("\r\n");
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "samspil-maal.csv");
	}

	@GetMapping("/public/goals/figures.json")
	ResponseEntity<byte[]> json() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("licence", LICENCE);
		body.put("licenceUrl", LICENCE_URL);
		List<Map<String, Object>> goals = new ArrayList<>();
		for (Goal goal : pages.goals().findPublic()) {
			Progress progress = pages.progress(goal);
			Map<String, Object> g = new LinkedHashMap<>();
			g.put("id", goal.id().value());
			g.put("title", goal.title());
			g.put("unit", goal.unit());
			g.put("direction", goal.direction().name());
			g.put("rollUp", goal.rollUp().name());
			g.put("baselineYear", goal.baselineYear());
			g.put("baseline", progress.baseline());
			g.put("targetYear", goal.targetYear());
			g.put("target", progress.target());
			g.put("illustrative", goal.illustrative());
			g.put("status", progress.regionalStatus().name());
			goals.add(g);
		}
		body.put("goals", goals);
		body.put("figures", openFigures());
		return download(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, "samspil-maal.json");
	}

	/**
	 * A figure as open data: no person, only the goal, the municipality, the period and
	 * the value.
	 */
	record OpenFigure(long goalId, String goal, String unit, String municipalityCode, String municipality,
			String catchment, String period, double value) {
	}

	private List<OpenFigure> openFigures() {
		Map<GoalId, Goal> open = pages.goals()
			.findPublic()
			.stream()
			.collect(Collectors.toMap(Goal::id, g -> g, (a, b) -> a, LinkedHashMap::new));
		Map<MunicipalityCode, Municipality> names = pages.municipalities();
		return figures.ofGoals(open.keySet()).stream().map(f -> {
			Goal goal = open.get(f.goal());
			Municipality m = names.get(f.municipality());
			return new OpenFigure(goal.id().value(), goal.title(), goal.unit(), f.municipality().value(),
					m == null ? "" : m.name(), f.catchment(), f.period().toString(), f.value());
		}).toList();
	}

	/**
	 * Open data: a file like any other we hand out, but one that any site may fetch and
	 * any cache may keep, as long as it asks again before using it.
	 */
	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		ResponseEntity<byte[]> file = Downloads.inline(filename, type.toString(), body);
		return ResponseEntity.ok()
			.headers(file.getHeaders())
			.cacheControl(CacheControl.noCache())
			.header("Access-Control-Allow-Origin", "*")
			.body(body);
	}

	/** A CSV field, quoted when it holds a comma, a quote or a line break. */
	static String quote(String text) {
		if (text == null) {
			return "";
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
