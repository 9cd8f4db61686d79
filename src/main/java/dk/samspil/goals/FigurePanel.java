package dk.samspil.goals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.meetings.MeetingRecords;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.time.DanishTime;

/**
 * A goal's page for someone signed in: its progress, its figures and who reports them,
 * and the forms they may use.
 */
@Component
class FigurePanel {

	/**
	 * A figure in the list, with who reported it and whether the viewer may correct it.
	 */
	record FigureRow(Figure figure, String municipality, String reportedBy, boolean mayCorrect) {

		public LocalDate reportedOn() {
			return figure.reportedAt().atZone(DanishTime.ZONE).toLocalDate();
		}
	}

	/** A correction in the history: the value it replaced, the new one, who and why. */
	record CorrectionRow(String municipality, Period period, String catchment, double previous, double corrected,
			String by, String reason, LocalDateTime at) {
	}

	private final GoalPages pages;

	private final Figures figures;

	private final Responsibles responsibles;

	private final Accounts accounts;

	private final MeetingRecords meetings;

	private final ActionPanel actions;

	private final FigureDesk reporting;

	FigurePanel(GoalPages pages, Figures figures, Responsibles responsibles, Accounts accounts, MeetingRecords meetings,
			ActionPanel actions, FigureDesk reporting) {
		this.actions = actions;
		this.reporting = reporting;
		this.pages = pages;
		this.figures = figures;
		this.responsibles = responsibles;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/** Fills everything the goal's page shows and returns its template. */
	String show(Goal goal, SignedInUser user, Model model, Locale locale) {
		pages.fill(model, goal, locale);
		model.addAttribute("decision",
				goal.decisionId() == null ? null : meetings.decision(goal.decisionId(), user).orElse(null));
		Reporter reporter = new Reporter(user.personId(), user.isSecretariat());
		Map<MunicipalityCode, Municipality> municipalities = pages.municipalities();
		List<Municipality> mine = reporting.reportsFor(reporter, goal)
			.stream()
			.map(m -> municipalities.get(m))
			.filter(Objects::nonNull)
			.toList();
		Set<MunicipalityCode> mayReport = mine.stream().map(Municipality::code).collect(Collectors.toSet());
		List<Figure> all = figures.ofGoal(goal.id());
		Map<PersonId, String> names = names(all, goal);
		List<FigureRow> rows = new ArrayList<>();
		List<Figure> newestFirst = new ArrayList<>(all);
		Collections.reverse(newestFirst);
		for (Figure f : newestFirst) {
			rows.add(new FigureRow(f, name(municipalities, f.municipality()), names.getOrDefault(f.reportedBy(), "–"),
					mayReport.contains(f.municipality())));
		}
		model.addAttribute("figureRows", rows);
		model.addAttribute("corrections", corrections(goal, all, municipalities, names));
		model.addAttribute("mayReport", mine);
		model.addAttribute("periods", goal.periods().stream().map(Period::toString).toList());
		model.addAttribute("catchmentNames", goal.catchments().stream().map(Catchment::name).toList());
		model.addAttribute("responsible", responsible(goal, municipalities, names));
		if (user.isSecretariat()) {
			model.addAttribute("candidates",
					accounts.active()
						.stream()
						.filter(p -> p.municipality() != null && goal.municipalities().contains(p.municipality()))
						.toList());
		}
		actions.fill(model, goal, user, municipalities, mine);
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", ReportForm.empty(goal.latestEnded(actions.today()).toString()));
		}
		return "goals/goal";
	}

	private Map<PersonId, String> names(List<Figure> all, Goal goal) {
		Set<PersonId> ids = new HashSet<>();
		all.forEach(f -> ids.add(f.reportedBy()));
		figures.corrections(goal.id()).forEach(c -> ids.add(c.by()));
		responsibles.ofGoal(goal.id()).values().forEach(ids::addAll);
		return accounts.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
	}

	private List<CorrectionRow> corrections(Goal goal, List<Figure> all,
			Map<MunicipalityCode, Municipality> municipalities, Map<PersonId, String> names) {
		Map<Long, Figure> byId = all.stream().collect(Collectors.toMap(Figure::id, f -> f));
		List<CorrectionRow> rows = new ArrayList<>();
		for (Figures.Correction c : figures.corrections(goal.id())) {
			Figure f = byId.get(c.figureId());
			rows.add(new CorrectionRow(name(municipalities, f.municipality()), f.period(), f.catchment(), c.previous(),
					c.corrected(), names.getOrDefault(c.by(), "–"), c.reason(),
					c.at().atZone(DanishTime.ZONE).toLocalDateTime()));
		}
		return rows;
	}

	/** Each municipality of the goal with the names of those who report for it. */
	private Map<Municipality, List<Map.Entry<PersonId, String>>> responsible(Goal goal,
			Map<MunicipalityCode, Municipality> municipalities, Map<PersonId, String> names) {
		Map<MunicipalityCode, List<PersonId>> named = responsibles.ofGoal(goal.id());
		Map<Municipality, List<Map.Entry<PersonId, String>>> all = new LinkedHashMap<>();
		for (MunicipalityCode code : goal.municipalities()) {
			Municipality m = municipalities.get(code);
			if (m != null) {
				all.put(m,
						named.getOrDefault(code, List.of())
							.stream()
							.map(p -> Map.entry(p, names.getOrDefault(p, "–")))
							.toList());
			}
		}
		return all;
	}

	private static String name(Map<MunicipalityCode, Municipality> municipalities, MunicipalityCode code) {
		Municipality m = municipalities.get(code);
		return m == null ? code.value() : m.name();
	}

}
