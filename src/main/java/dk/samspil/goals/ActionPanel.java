package dk.samspil.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/**
 * The actions on a goal's page, with their decisions and tasks as far as the viewer may
 * see them.
 */
@Component
class ActionPanel {

	/**
	 * An action in the list, with names, its links into the meetings, and whether the
	 * viewer may move it on.
	 */
	record ActionRow(Action action, String owner, String municipality, MeetingRecords.DecisionReference decision,
			MeetingRecords.TaskReference task, boolean mayChange) {
	}

	private final Actions actions;

	private final Responsibles responsibles;

	private final Accounts accounts;

	private final MeetingRecords meetings;

	private final Clock clock;

	ActionPanel(Actions actions, Responsibles responsibles, Accounts accounts, MeetingRecords meetings, Clock clock) {
		this.actions = actions;
		this.responsibles = responsibles;
		this.accounts = accounts;
		this.meetings = meetings;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	void fill(Model model, Goal goal, SignedInUser user, Map<MunicipalityCode, Municipality> municipalities,
			List<Municipality> reportsFor) {
		Reporter reporter = new Reporter(user.personId(), user.isSecretariat());
		List<Action> all = actions.ofGoal(goal.id());
		Set<PersonId> ids = new HashSet<>();
		all.forEach(a -> ids.add(a.owner()));
		Map<PersonId, String> names = accounts.findAll(ids)
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
		model
			.addAttribute("actionRows",
					all.stream()
						.map(a -> new ActionRow(a, names.getOrDefault(a.owner(), "–"),
								a.municipality() == null ? null : municipalities.containsKey(a.municipality())
										? municipalities.get(a.municipality()).name() : a.municipality().value(),
								a.decisionId() == null ? null : meetings.decision(a.decisionId(), user).orElse(null),
								a.taskId() == null ? null : meetings.task(a.taskId(), user).orElse(null),
								a.mayChange(reporter, responsibles)))
						.toList());
		model.addAttribute("today", today());
		model.addAttribute("actionStatuses", Action.Status.values());
		boolean mayAdd = user.isSecretariat() || !reportsFor.isEmpty();
		model.addAttribute("mayAddAction", mayAdd);
		if (mayAdd) {
			Set<MunicipalityCode> mine = reportsFor.stream().map(Municipality::code).collect(Collectors.toSet());
			model.addAttribute("owners",
					accounts.active()
						.stream()
						.filter(p -> user.isSecretariat() || mine.contains(p.municipality()))
						.toList());
			if (!model.containsAttribute("actionForm")) {
				model.addAttribute("actionForm", ActionForm.empty(today().plusMonths(3)));
			}
		}
	}

}
