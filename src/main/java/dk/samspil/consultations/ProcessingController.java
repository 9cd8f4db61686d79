package dk.samspil.consultations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Downloads;
import dk.samspil.groups.Theme;
import dk.samspil.groups.Themes;
import dk.samspil.region.Region;
import dk.samspil.time.DanishTime;
import dk.samspil.rules.FieldRefusal;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The officials' side: every response, filtered and grouped into campaigns, and
 * processing one response or group.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
class ProcessingController {

	private final Consultations consultations;

	private final Responses responses;

	private final Campaigns campaigns;

	private final ProcessingDesk desk;

	private final Region region;

	private final Themes themes;

	private final Accounts accounts;

	private final ProcessingLog log;

	private final MessageSource messages;

	private final ProcessingAccess access;

	private final Caseworkers caseworkers;

	private final SecretariatDesk secretariat;

	ProcessingController(Consultations consultations, Responses responses, Campaigns campaigns, ProcessingDesk desk,
			Region region, Themes themes, Accounts accounts, ProcessingLog log, MessageSource messages,
			ProcessingAccess access, Caseworkers caseworkers, SecretariatDesk secretariat) {
		this.access = access;
		this.caseworkers = caseworkers;
		this.secretariat = secretariat;
		this.consultations = consultations;
		this.responses = responses;
		this.campaigns = campaigns;
		this.desk = desk;
		this.region = region;
		this.themes = themes;
		this.accounts = accounts;
		this.log = log;
		this.messages = messages;
	}

	/**
	 * The responses the person may process; someone who may process none reads the
	 * pseudonymised memo instead.
	 */
	@GetMapping("/processing/{id}")
	String responses(@PathVariable long id, @ModelAttribute("filter") ResponseFilter filter,
			@RequestParam(required = false) String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		Consultation consultation = consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		ProcessingAccess.Reach reach = access.of(user, id);
		if (!access.mayWorkOn(user, id)) {
			return "redirect:/processing/" + id + "/memo";
		}
		List<ResponseGroup> groups = visibleGroups(id, filter, reach);
		model.addAttribute("reachesAll", reach.all());
		model.addAttribute("ideas", filter.ideas());
		model.addAttribute("ideaCount", responses.ideas(id));
		model.addAttribute("zone", DanishTime.ZONE);
		if (user.isSecretariat()) {
			addCaseworkers(consultation, model);
		}
		model.addAttribute("consultation", consultation);
		model.addAttribute("groups", groups);
		model.addAttribute("page", ResponsePage.of(groups, page, "/processing/" + id, filter));
		model.addAttribute("count", groups.stream().mapToInt(ResponseGroup::count).sum());
		model.addAttribute("total", responses.count(id));
		addChoices(id, model);
		return "consultations/processing";
	}

	@GetMapping("/processing/responses/{id}")
	String response(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		Response response = find(id, user);
		return show(response, ProcessingForm.of(response), user, model, locale);
	}

	@PostMapping("/processing/responses/{id}")
	String process(@PathVariable long id, @Valid @ModelAttribute("form") ProcessingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes flash) {
		Response response = find(id, user);
		if (result.hasErrors()) {
			return show(response, form, user, model, locale);
		}
		Optional<Response> changedMeanwhile;
		try {
			changedMeanwhile = desk.process(response, form, user.personId(),
					access.of(user, response.consultationId())::mayOpen);
		}
		catch (FieldRefusal refused) {
			refused.rejectOn(result);
			return show(response, form, user, model, locale);
		}
		if (changedMeanwhile.isPresent()) {
			// What was typed stays in the form, now made over the colleague's processing,
			// which is shown beside it.
			model.addAttribute("changedMeanwhile", changedMeanwhile.get());
			return show(changedMeanwhile.get(), form.over(changedMeanwhile.get()), user, model, locale);
		}
		flash.addFlashAttribute("done",
				messages.getMessage("consultations.processing.saved", new Object[] { response.receipt() }, locale));
		ResponseFilter list = ResponseFilter.all(response.kind());
		return "redirect:" + ResponsePage.of(response,
				visibleGroups(response.consultationId(), list, access.of(user, response.consultationId())),
				"/processing/" + response.consultationId(), list);
	}

	@GetMapping("/processing/responses/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment,
			@AuthenticationPrincipal SignedInUser user) {
		find(id, user);
		Responses.Attachment file = responses.attachment(id, attachment)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		// Served as a download with the type its content was checked to be, never
		// rendered as a page of ours.
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	private String show(Response response, ProcessingForm form, SignedInUser user, Model model, Locale locale) {
		// the same groups for the way through the list and for this response's campaign
		List<ResponseGroup> groups = campaigns.groups(response.consultationId(), ResponseFilter.all(response.kind()));
		model.addAttribute("response", response);
		model.addAttribute("neighbours",
				neighbours(response, visible(groups, access.of(user, response.consultationId()))));
		model.addAttribute("sectionTitles", sectionTitles(response, locale));
		model.addAttribute("consultation", consultations.find(response.consultationId()).orElseThrow());
		model.addAttribute("group", Campaigns.groupOf(response, groups));
		model.addAttribute("files", responses.attachments(response.id()));
		model.addAttribute("zone", DanishTime.ZONE);
		model.addAttribute("caseworker", response.caseworker() == null ? null
				: accounts.find(response.caseworker()).map(PersonSummary::displayName).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("history", history(response, locale));
		addChoices(response.consultationId(), model);
		return "consultations/response";
	}

	/**
	 * The responses before and after this one in the list the caseworker works through:
	 * the same kind (response or idea), a campaign as one line, in the list's order, only
	 * those they may open.
	 */
	record Neighbours(Response previous, Response next, int position, int count) {
	}

	private Neighbours neighbours(Response response, List<ResponseGroup> list) {
		int at = ResponseGroup.indexOf(list, response);
		if (at < 0) {
			return new Neighbours(null, null, 0, list.size());
		}
		return new Neighbours(at > 0 ? list.get(at - 1).first() : null,
				at + 1 < list.size() ? list.get(at + 1).first() : null, at + 1, list.size());
	}

	/**
	 * The groups as the list shows them to one person: only the responses they may open.
	 */
	private List<ResponseGroup> visibleGroups(long consultationId, ResponseFilter filter,
			ProcessingAccess.Reach reach) {
		return visible(campaigns.groups(consultationId, filter), reach);
	}

	private static List<ResponseGroup> visible(List<ResponseGroup> groups, ProcessingAccess.Reach reach) {
		return groups.stream()
			.map(g -> g.members().stream().filter(reach::mayOpen).toList())
			.filter(members -> !members.isEmpty())
			.map(members -> new ResponseGroup(members.get(0), members))
			.toList();
	}

	/**
	 * The sections the response is about by their number and title, as the citizen chose
	 * them; a section no longer in the document keeps its key. The unnumbered text before
	 * a plan's first heading is named in the reader's language.
	 */
	private List<String> sectionTitles(Response response, Locale locale) {
		String preamble = messages.getMessage("plans.preamble", null, locale);
		var titles = consultations.sections(response.consultationId())
			.stream()
			.collect(Collectors.toMap(ConsultedSection::anchor, s -> s.title(preamble), (a, b) -> a));
		return response.anchors().stream().map(a -> titles.getOrDefault(a, a)).toList();
	}

	/**
	 * One save of the processing as the page shows it: when, who, and each field's change
	 * in words.
	 */
	record HistoryLine(Instant at, String who, List<HistoryItem> items) {
	}

	record HistoryItem(String label, String before, String after, boolean text) {
	}

	private List<HistoryLine> history(Response response, Locale locale) {
		return log.of(response.id())
			.stream()
			.map(save -> new HistoryLine(save.at(), person(save.person(), locale),
					save.changes()
						.stream()
						.map(c -> new HistoryItem(c.field().label(), shown(c.field(), c.before(), locale),
								shown(c.field(), c.after(), locale), c.field().text()))
						.toList()))
			.toList();
	}

	private String shown(ProcessingLog.Field field, String value, Locale locale) {
		if (value == null) {
			return "—";
		}
		return switch (field) {
			case ASSIGNED_TO -> region.municipalities()
				.stream()
				.filter(m -> m.code().value().equals(value))
				.map(m -> m.name())
				.findFirst()
				.orElse(value);
			case CASEWORKER -> person(new PersonId(Long.parseLong(value)), locale);
			case OUTCOME -> messages.getMessage("consultations.outcome." + value, null, value, locale);
			default -> value;
		};
	}

	private String person(PersonId id, Locale locale) {
		return (id == null ? Optional.<PersonSummary>empty() : accounts.find(id)).map(PersonSummary::displayName)
			.orElseGet(() -> messages.getMessage("consultations.history.unknown", null, locale));
	}

	private void addChoices(long consultationId, Model model) {
		model.addAttribute("sections", consultations.sections(consultationId));
		model.addAttribute("municipalities", region.municipalities());
		model.addAttribute("names",
				region.municipalities().stream().collect(Collectors.toMap(m -> m.code().value(), m -> m.name())));
		model.addAttribute("themes", themes.selectable().stream().map(Theme::name).toList());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("caseworkers", accounts.active());
	}

	@PostMapping("/processing/{id}/caseworkers")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String nameCaseworker(@PathVariable long id, @RequestParam(required = false) Long person,
			@RequestParam(required = false) String municipality, RedirectAttributes flash, Locale locale) {
		consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		PersonSummary named = secretariat.name(id, person == null ? null : new PersonId(person), municipality);
		flash.addFlashAttribute("done",
				messages.getMessage("consultations.caseworkers.named", new Object[] { named.displayName() }, locale));
		return "redirect:/processing/" + id + "#caseworkers";
	}

	@PostMapping("/processing/{id}/caseworkers/{person}/remove")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String removeCaseworker(@PathVariable long id, @PathVariable long person, RedirectAttributes flash, Locale locale) {
		consultations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		PersonId removed = new PersonId(person);
		secretariat.remove(id, removed);
		flash.addFlashAttribute("done", messages.getMessage("consultations.caseworkers.removed",
				new Object[] { person(removed, locale) }, locale));
		return "redirect:/processing/" + id + "#caseworkers";
	}

	/** The named caseworkers with their names, whole consultation first. */
	record Named(PersonId person, String name, String municipality) {
	}

	private void addCaseworkers(Consultation consultation, Model model) {
		model.addAttribute("named",
				caseworkers.of(consultation.id())
					.stream()
					.map(c -> new Named(c.person(), person(c.person(), Locale.ROOT), c.municipality()))
					.toList());
		model.addAttribute("people", accounts.active());
	}

	/** A response the person may open; to anyone else it is forbidden. */
	private Response find(long id, SignedInUser user) {
		Response response = responses.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!access.of(user, response.consultationId()).mayOpen(response)) {
			throw new AccessDeniedException("Not a caseworker of this response");
		}
		return response;
	}

}
