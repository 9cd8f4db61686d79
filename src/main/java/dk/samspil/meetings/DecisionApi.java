package dk.samspil.meetings;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiCaller;
import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The groups' decisions for systems, newest first: those of the groups the caller reads
 * (a municipality's token: the groups its municipality takes part in). A decision of any
 * other group does not exist here, as on the pages.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Decisions")
class DecisionApi {

	/**
	 * {@code status}: IN_FORCE, SUPERSEDED or REVOKED; {@code meetingId} is null for a
	 * decision recorded outside a meeting.
	 */
	record DecisionView(long id, String group, String groupName, String title, String text, LocalDate decidedOn,
			String status, LocalDate reviewOn, Long meetingId, Long supersededBy) {
	}

	private final Decisions decisions;

	private final DecisionDesk desk;

	DecisionApi(Decisions decisions, DecisionDesk desk) {
		this.decisions = decisions;
		this.desk = desk;
	}

	@GetMapping("/decisions")
	@Operation(summary = "Decisions of the groups the caller reads, newest first (needs a token)")
	Paged<DecisionView> list(ApiCaller caller,
			@Parameter(description = "only this group's (its slug)") @RequestParam(required = false) String group,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		caller.requireToken();
		ApiPage asked = ApiPage.of(page, size);
		GroupInfo only = group == null ? null : readable(caller, group);
		Set<GroupId> of = only == null ? caller.readableGroups() : Set.of(only.id());
		Decisions.Page found = decisions.pageIn(of, asked.offset(), asked.size());
		// the caller's own groups name every decision listed
		Map<GroupId, GroupInfo> named = caller.readable();
		return Paged.of(asked,
				found.items().stream().map(titled -> view(titled.decision(), titled.title(), named)).toList(),
				found.total());
	}

	@GetMapping("/decisions/{id}")
	@Operation(summary = "One decision of a group the caller reads (needs a token)")
	DecisionView one(ApiCaller caller, @PathVariable long id) {
		caller.requireToken();
		Decision decision = decisions.find(id)
			.filter(d -> caller.readsGroup(d.group()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such decision you may read."));
		return view(decision, desk.title(decision), caller.readable());
	}

	private static GroupInfo readable(ApiCaller caller, String slug) {
		return caller.readableGroup(slug)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such group you may read."));
	}

	private static DecisionView view(Decision d, String title, Map<GroupId, GroupInfo> named) {
		GroupInfo group = named.get(d.group());
		return new DecisionView(d.id(), group == null ? null : group.slug(), group == null ? null : group.name(), title,
				d.text(), d.decidedOn(), d.status().name(), d.reviewOn(), d.meetingId(), d.supersededBy());
	}

}
