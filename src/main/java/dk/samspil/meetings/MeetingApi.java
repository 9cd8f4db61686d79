package dk.samspil.meetings;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiCaller;
import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;
import dk.samspil.groups.GroupDirectory;
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
 * A group's meetings for systems: each with its agenda once published and its minutes
 * once approved, never a draft. Only for callers who read the group (see
 * {@link ApiCaller}); to anyone else its meetings do not exist.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings")
class MeetingApi {

	record MeetingView(long id, String group, String title, Instant startsAt, Instant endsAt, String place,
			boolean cancelled, Instant agendaPublishedAt, Instant minutesApprovedAt, String url, List<ItemView> agenda,
			List<Long> decisions) {
	}

	/**
	 * An item of the published agenda; {@code discussion} and {@code outcome} are null
	 * until the minutes are approved.
	 */
	record ItemView(long id, String title, String description, String discussion, String outcome) {
	}

	private final Meetings meetings;

	private final AgendaDesk agendas;

	private final Decisions decisions;

	private final GroupDirectory groups;

	MeetingApi(Meetings meetings, AgendaDesk agendas, Decisions decisions, GroupDirectory groups) {
		this.meetings = meetings;
		this.agendas = agendas;
		this.decisions = decisions;
		this.groups = groups;
	}

	@GetMapping("/groups/{slug}/meetings")
	@Operation(summary = "A group's meetings, newest first, without their agendas (needs a token)")
	Paged<MeetingView> list(ApiCaller caller, @PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		caller.requireToken();
		ApiPage asked = ApiPage.of(page, size);
		GroupInfo group = caller.readableGroup(slug)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such group you may read."));
		return Paged.of(asked, meetings.countOfGroup(group.id()),
				(offset, limit) -> meetings.ofGroup(group.id(), offset, limit)
					.stream()
					.map(m -> view(m, group, null, null))
					.toList());
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "One meeting with its published agenda and approved minutes (needs a token)")
	MeetingView one(ApiCaller caller, @PathVariable long id) {
		caller.requireToken();
		Meeting meeting = meetings.find(id)
			.filter(m -> caller.readsGroup(m.group()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such meeting you may read."));
		GroupInfo group = groups.find(meeting.group()).orElseThrow();
		boolean approved = meeting.minutesState() == MinutesState.APPROVED;
		List<ItemView> agenda = meeting.published() ? agendas.agenda(id)
			.stream()
			.map(item -> new ItemView(item.id(), item.title(), item.description(), approved ? item.discussion() : null,
					approved ? item.outcome() : null))
			.toList() : List.of();
		List<Long> decided = approved ? decisions.atMeeting(id) : List.of();
		return view(meeting, group, agenda, decided);
	}

	private static MeetingView view(Meeting m, GroupInfo group, List<ItemView> agenda, List<Long> decided) {
		return new MeetingView(m.id(), group.slug(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.cancelled(),
				m.agendaPublished(), m.minutesState() == MinutesState.APPROVED ? m.minutesApproved() : null,
				"/meetings/" + m.id(), agenda, decided);
	}

}
