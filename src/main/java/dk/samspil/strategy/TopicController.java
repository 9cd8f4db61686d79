package dk.samspil.strategy;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.rules.FieldRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.markdown.Markdown;
import dk.samspil.paging.Pager;

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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Proposing a topic, its page with comments and endorsements, and the secretariat's merge
 * and retire.
 */
@Controller
class TopicController {

	private final Topics topics;

	private final Processes processes;

	private final TopicDesk desk;

	private final GroupDirectory groups;

	private final Themes themes;

	private final Names names;

	private final WorkDesk workDesk;

	private final Work work;

	private final Accounts accounts;

	private final Clock clock;

	TopicController(Topics topics, Processes processes, TopicDesk desk, GroupDirectory groups, Themes themes,
			Names names, WorkDesk workDesk, Work work, Accounts accounts, Clock clock) {
		this.workDesk = workDesk;
		this.work = work;
		this.accounts = accounts;
		this.clock = clock;
		this.topics = topics;
		this.processes = processes;
		this.desk = desk;
		this.groups = groups;
		this.themes = themes;
		this.names = names;
	}

	record CommentForm(@NotBlank(message = "{validation.required}") @Size(max = 5000,
			message = "{validation.tooLong}") String body) {
	}

	/**
	 * Handing a chosen topic to a group: the group, the person who owns it there, and
	 * when it is due.
	 */
	record HandoverForm(@NotBlank(message = "{strategy.work.groupRequired}") String group,
			@NotBlank(message = "{strategy.work.ownerRequired}") String owner,
			@NotBlank(message = "{validation.required}") String dueOn) {

		/** The chosen group, or null when none was chosen or the choice is not an id. */
		GroupId groupId() {
			return group != null && group.matches("\\d{1,12}") ? new GroupId(Long.parseLong(group)) : null;
		}

		/** The chosen owner, or null when none was chosen or the choice is not an id. */
		PersonId ownerId() {
			return owner != null && owner.matches("\\d{1,12}") ? new PersonId(Long.parseLong(owner)) : null;
		}

		/** The due date, or null when it cannot be read as a date. */
		LocalDate due() {
			return ProcessForm.parse(dueOn);
		}

	}

	@GetMapping("/strategy/{id}/topics/new")
	String proposeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return form(process(id), TopicForm.empty(), user, model);
	}

	@PostMapping("/strategy/{id}/topics")
	String propose(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		StrategyProcess process = process(id);
		List<Topic.Link> links = form.parsedLinks(result);
		List<ThemeId> chosen = form.themeIds().stream().map(ThemeId::new).toList();
		TopicDesk.Proposal proposal = new TopicDesk.Proposal(form.title(), form.description(), form.group(),
				form.municipality(), chosen, links);
		desk.refusals(proposal, user.personId(), user.isSecretariat()).forEach(refusal -> refusal.rejectOn(result));
		if (result.hasErrors()) {
			return form(process, form, user, model);
		}
		try {
			TopicId topic = desk.propose(process.id(), proposal, user.personId(), user.isSecretariat());
			return "redirect:/strategy/topics/" + topic.value();
		}
		catch (FieldRefusal refusal) {
			refusal.rejectOn(result);
			return form(process, form, user, model);
		}
	}

	@GetMapping("/strategy/topics/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return page(topic(id), new CommentForm(""), page, user, model);
	}

	/**
	 * A comment on the page of comments it is on, as a link to one (from the search)
	 * needs.
	 */
	@GetMapping("/strategy/comments/{id}")
	String comment(@PathVariable long id) {
		Topics.CommentPlace place = topics.place(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return "redirect:/strategy/topics/" + place.topic() + "?page="
				+ Pager.numberOf(place.before(), COMMENTS_PER_PAGE) + "#comment-" + id;
	}

	@PostMapping("/strategy/topics/{id}/choose")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String choose(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		workDesk.choose(topic(id).id(), user.personId());
		return "redirect:/strategy/topics/" + id + "#work-heading";
	}

	@PostMapping("/strategy/topics/{id}/handover")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String handOver(@PathVariable long id, @Valid @ModelAttribute("handover") HandoverForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Topic topic = topic(id);
		workDesk.refusals(form.groupId(), form.ownerId(), form.due()).forEach(refusal -> refusal.rejectOn(result));
		if (!result.hasErrors()) {
			try {
				workDesk.handOver(topic.id(), form.groupId(), form.ownerId(), form.due(), user.personId());
				return "redirect:/strategy/topics/" + id + "#work-heading";
			}
			catch (FieldRefusal refusal) {
				refusal.rejectOn(result);
			}
		}
		model.addAttribute("handover", form);
		return page(topic, new CommentForm(""), null, user, model);
	}

	@PostMapping("/strategy/handovers/{id}/done")
	String done(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Work.Handover handover = work.handover(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		workDesk.done(id, user.personId(), user.isSecretariat());
		return "redirect:/strategy/topics/" + handover.topic() + "#work-heading";
	}

	@PostMapping("/strategy/topics/{id}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("comment") CommentForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Topic topic = topic(id);
		if (result.hasErrors()) {
			return page(topic, form, null, user, model);
		}
		long comment = desk.comment(topic.id(), user.personId(), form.body());
		return "redirect:/strategy/topics/" + id + "#comment-" + comment;
	}

	@PostMapping("/strategy/topics/{id}/endorsement")
	String endorse(@PathVariable long id, @RequestParam(defaultValue = "endorse") String action,
			@AuthenticationPrincipal SignedInUser user) {
		Topic topic = topic(id);
		if ("withdraw".equals(action)) {
			desk.withdraw(topic.id(), user.personId());
		}
		else {
			desk.endorse(topic.id(), user.personId());
		}
		return "redirect:/strategy/topics/" + id + "#endorsements-heading";
	}

	@PostMapping("/strategy/topics/{id}/merge")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String merge(@PathVariable long id, @RequestParam(required = false) String into,
			@AuthenticationPrincipal SignedInUser user) {
		Topic topic = topic(id);
		TopicId survivor = into != null && into.matches("\\d{1,12}") ? new TopicId(Long.parseLong(into)) : null;
		desk.merge(topic.id(), survivor, user.personId());
		return "redirect:/strategy/topics/" + id;
	}

	@PostMapping("/strategy/topics/{id}/retire")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String retire(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		desk.retire(topic(id).id(), user.personId());
		return "redirect:/strategy/topics/" + id;
	}

	/**
	 * A page of a topic's comments, in the order they were written, with where it lies
	 * among them all.
	 */
	record CommentPage(List<Topic.Comment> comments, Pager pager) {

		/**
		 * The page asked for, or without one the last, with the newest comments and the
		 * form beneath them.
		 */
		static CommentPage of(Topics topics, long topic, String asked) {
			Pager pager = Pager.orLast(asked, COMMENTS_PER_PAGE, topics.commentCount(topic));
			return new CommentPage(topics.comments(topic, pager.offset(), pager.limit()), pager);
		}

	}

	/**
	 * Comments shown at once: a topic with thousands of them was a page of tens of
	 * megabytes.
	 */
	static final int COMMENTS_PER_PAGE = 100;

	private String page(Topic topic, CommentForm comment, String commentPage, SignedInUser user, Model model) {
		long id = topic.id().value();
		model.addAttribute("topic", topic);
		model.addAttribute("process", processes.find(topic.process().value()).orElseThrow());
		model.addAttribute("descriptionHtml", Markdown.toHtml(topic.description()));
		model.addAttribute("proposers", topics.proposers(id));
		model.addAttribute("themes", themes.findAll(topics.themes(id)));
		model.addAttribute("links", topics.links(id));
		CommentPage comments = CommentPage.of(topics, id, commentPage);
		model.addAttribute("commentPage", comments);
		List<Topic.Endorsement> endorsements = topics.endorsements(id);
		model.addAttribute("endorsements", endorsements);
		String mine = desk.municipalityOf(user.personId());
		model.addAttribute("myMunicipality", mine);
		model.addAttribute("endorsedByMine", endorsements.stream().anyMatch(e -> e.municipality().equals(mine)));
		model.addAttribute("mergedInto",
				topic.mergedInto() == null ? null : topics.find(topic.mergedInto().value()).orElse(null));
		model.addAttribute("mergeChoices",
				topics.ofProcess(topic.process())
					.stream()
					.filter(t -> t.isOpen() && !t.id().equals(topic.id()))
					.toList());
		model.addAttribute("comment", comment);
		model.addAttribute("chosen", work.chosen(id).orElse(null));
		model.addAttribute("handovers", work.handoversOf(id));
		if (!model.containsAttribute("handover")) {
			model.addAttribute("handover", new HandoverForm("", "", workDesk.defaultDueOn().toString()));
		}
		model.addAttribute("allGroups", groups.all().stream().filter(g -> !g.closed()).toList());
		model.addAttribute("owners", accounts.active());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("people", names.people());
		model.addAttribute("groupNames", names.groups());
		model.addAttribute("municipalityNames", names.municipalities());
		return "strategy/topic";
	}

	private String form(StrategyProcess process, TopicForm form, SignedInUser user, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("form", form);
		model.addAttribute("themeChoices", themes.selectable());
		model.addAttribute("groupChoices", desk.groupsFor(user.personId(), user.isSecretariat()));
		model.addAttribute("municipalityChoices", desk.municipalitiesFor(user.personId(), user.isSecretariat()));
		return "strategy/topic-form";
	}

	private StrategyProcess process(long id) {
		return processes.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Topic topic(long id) {
		return topics.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
