package dk.samspil.water;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiCaller;
import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Water runs' summaries for systems, as the pages show them: a token reads the runs of
 * the models of the groups it reads (a municipality's token: the groups its municipality
 * takes part in, as its staff there do), and, summary only, a run cited in a decision or
 * in an item of a published agenda it reads, as the decision's readers do on the run's
 * summary page. Who started a run is shown only to readers of the model's group, as on
 * the pages, where the summary page leaves it out. Anonymous callers get 401: no page
 * shows a run to anyone who is not signed in, since a model and the decisions and agendas
 * that cite its runs are all a group's private content. A run the caller may not read
 * does not exist here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Water runs")
class RunApi {

	/**
	 * {@code status}: QUEUED, RUNNING, FINISHED, FAILED or CANCELLED; {@code figures} is
	 * null until the run finished; {@code startedBy} is null for a run read through a
	 * citation; {@code url} is the run's page, or its summary page for a run read through
	 * a citation.
	 */
	record RunView(long id, String model, int modelVersion, String group, String groupName, String startedBy,
			Instant createdAt, Instant finishedAt, String status, int scenarios, int months, Figures figures,
			String url) {
	}

	/**
	 * The run's headline figures over its scenarios: reliability is the share (0 to 1) of
	 * months a kind of use (drinking, environment, industry, ptx) was covered, shortfall
	 * m³ over the horizon. Overall, reliability is spread over the scenarios (10th, 50th,
	 * 90th percentile) and shortfall their mean; per municipality (by code) both are
	 * means over the scenarios.
	 */
	record Figures(int firstYear, Map<String, Spread> reliability, Map<String, Double> meanShortfall,
			double totalMeanShortfall, Map<String, Integer> scenariosShort, int scenariosWithBreaches,
			double meanUnusedTechnicalWater, Map<String, Place> municipalities) {
	}

	record Spread(double p10, double p50, double p90) {
	}

	record Place(String name, Map<String, Double> reliability, Map<String, Double> shortfall) {
	}

	private final RunListings listings;

	private final RunCitationReaders citations;

	private final GroupDirectory groups;

	private final Region region;

	RunApi(RunListings listings, RunCitationReaders citations, GroupDirectory groups, Region region) {
		this.listings = listings;
		this.citations = citations;
		this.groups = groups;
		this.region = region;
	}

	@GetMapping("/water/runs")
	@Operation(summary = "Water runs the caller reads, newest first: its groups' and those cited where it reads "
			+ "(needs a token)")
	Paged<RunView> list(ApiCaller caller, @Parameter(
			description = "only runs of this group's models (its slug; a group the caller reads)") @RequestParam(
					required = false) String group,
			@Parameter(description = "only runs in this status, e.g. FINISHED") @RequestParam(
					required = false) String status,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		caller.requireToken();
		ApiPage asked = ApiPage.of(page, size);
		Set<GroupId> readable = caller.readableGroups();
		var among = new RunListings.Readable(readable, citations.citedRunsReadIn(readable), group(caller, group),
				status(status));
		return Paged.of(asked, listings.count(among), (offset, limit) -> {
			Names names = names();
			return listings.page(among, offset, limit)
				.stream()
				.map(run -> view(run, readable.contains(run.group()), names))
				.toList();
		});
	}

	@GetMapping("/water/runs/{id}")
	@Operation(summary = "One water run with its headline figures (needs a token)")
	RunView one(ApiCaller caller, @PathVariable long id) {
		caller.requireToken();
		RunListings.Listed run = listings.find(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such run you may read."));
		boolean ofGroup = caller.readsGroup(run.group());
		if (!ofGroup && !citations.readsCitationOf(id, caller.readableGroups())) {
			throw new ResponseStatusException(NOT_FOUND, "There is no such run you may read.");
		}
		return view(run, ofGroup, names());
	}

	/** The group to narrow to: one the caller reads, as for decisions. */
	private GroupId group(ApiCaller caller, String slug) {
		if (slug == null) {
			return null;
		}
		return caller.readableGroup(slug)
			.map(GroupInfo::id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such group you may read."));
	}

	private static RunStatus status(String status) {
		if (status == null) {
			return null;
		}
		try {
			return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(BAD_REQUEST,
					"'status' is one of QUEUED, RUNNING, FINISHED, FAILED and CANCELLED.");
		}
	}

	/** The groups' and the municipalities' names, read once a request. */
	private record Names(Map<GroupId, GroupInfo> groups, Map<String, String> municipalities) {
	}

	private Names names() {
		return new Names(groups.all().stream().collect(Collectors.toMap(GroupInfo::id, Function.identity())),
				region.municipalities().stream().collect(Collectors.toMap(m -> m.code().value(), Municipality::name)));
	}

	/** {@code ofGroup}: the caller reads the model's group, not only a citation. */
	private RunView view(RunListings.Listed listed, boolean ofGroup, Names names) {
		Run run = listed.run();
		GroupInfo group = names.groups().get(listed.group());
		return new RunView(run.id(), listed.modelName(), run.modelVersion(), group == null ? null : group.slug(),
				group == null ? null : group.name(), ofGroup ? run.startedBy() : null, run.createdAt(),
				run.finishedAt(), run.status().name(), run.scenarioCount(), run.months(),
				listed.summary() == null ? null : figures(ResultJson.read(listed.summary(), RunSummary.class), names),
				"/water/runs/" + run.id() + (ofGroup ? "" : "/summary"));
	}

	private static Figures figures(RunSummary summary, Names names) {
		Map<String, Spread> reliability = new LinkedHashMap<>();
		summary.reliability()
			.forEach((kind, band) -> reliability.put(kind, new Spread(band.p10(), band.p50(), band.p90())));
		Map<String, Place> places = new LinkedHashMap<>();
		if (summary.placeReliability() != null && summary.placeShortfall() != null) {
			summary.placeReliability().keySet().forEach(code -> places.put(code, place(summary, code, names)));
			summary.placeShortfall()
				.keySet()
				.forEach(code -> places.computeIfAbsent(code, c -> place(summary, c, names)));
		}
		return new Figures(summary.firstYear(), reliability, summary.meanShortfall(), summary.totalMeanShortfall(),
				summary.scenariosShort(), summary.scenariosWithBreaches(), summary.meanUnused(), places);
	}

	private static Place place(RunSummary summary, String code, Names names) {
		return new Place(names.municipalities().get(code), summary.placeReliability().getOrDefault(code, Map.of()),
				summary.placeShortfall().getOrDefault(code, Map.of()));
	}

}
