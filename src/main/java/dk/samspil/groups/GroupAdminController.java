package dk.samspil.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;
import dk.samspil.rules.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The secretariat starts a group in one form (its settings, themes and members) and
 * changes it later; closing and reopening are {@link GroupLifeController}'s.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class GroupAdminController {

	private final Groups groups;

	private final GroupDesk desk;

	private final Themes themes;

	private final Accounts accounts;

	private final Region region;

	private final MessageSource messages;

	GroupAdminController(Groups groups, GroupDesk desk, Themes themes, Accounts accounts, Region region,
			MessageSource messages) {
		this.messages = messages;
		this.groups = groups;
		this.desk = desk;
		this.themes = themes;
		this.accounts = accounts;
		this.region = region;
	}

	@ModelAttribute
	void choices(Model model) {
		Map<String, String> municipalities = region.municipalities()
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), Municipality::name));
		Function<PersonSummary, String> municipality = p -> p.municipality() == null ? ""
				: municipalities.get(p.municipality().value());
		List<PersonSummary> people = accounts.active()
			.stream()
			.sorted(Comparator.comparing(PersonSummary::displayName).thenComparing(municipality))
			.toList();
		model.addAttribute("people", MemberFinder.of(people, municipality));
		model.addAttribute("municipalityNames", municipalities);
		model.addAttribute("kinds", GroupKind.values());
		model.addAttribute("roles", GroupRole.values());
	}

	@GetMapping("/groups/new")
	String newGroup(Model model) {
		model.addAttribute("form", GroupForm.empty());
		return form(null, model);
	}

	@PostMapping("/groups")
	String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Model model,
			@RequestParam(name = "add", required = false) String add,
			@RequestParam(name = "addPerson", defaultValue = "") String addPerson, RedirectAttributes redirect,
			Locale locale) {
		if (add != null) {
			addMember(form, addPerson, model);
			return form(null, model);
		}
		check(form, null, errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		GroupInfo started;
		try {
			started = desk.start(form.change());
		}
		catch (Refusal refused) {
			refused.rejectOn(errors);
			return form(null, model);
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("groups.created", new Object[] { started.name() }, locale));
		return "redirect:/groups/" + started.slug();
	}

	@GetMapping("/groups/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		Group group = find(slug);
		model.addAttribute("form", GroupForm.of(group, groups.themesOf(group.id()), groups.memberships(group.id())));
		return form(group, model);
	}

	@PostMapping("/groups/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") GroupForm form, BindingResult errors,
			Model model, @RequestParam(name = "add", required = false) String add,
			@RequestParam(name = "addPerson", defaultValue = "") String addPerson, RedirectAttributes redirect,
			Locale locale) {
		Group group = find(slug);
		if (add != null) {
			addMember(form, addPerson, model);
			return form(group, model);
		}
		check(form, group.id(), errors);
		if (errors.hasErrors()) {
			return form(group, model);
		}
		try {
			desk.change(group.id(), form.change(), form.version());
		}
		catch (Refusal refused) {
			refused.rejectOn(errors);
			return refusedChange(slug, form, model);
		}
		redirect.addFlashAttribute("done", messages.getMessage("groups.saved", null, locale));
		return "redirect:/groups/" + slug;
	}

	/**
	 * The form again with what was typed and the reason it was refused. When a colleague
	 * saved the group meanwhile, their version is shown beside it, and the form sends
	 * back that version, so saving again saves over their change knowingly.
	 */
	private String refusedChange(String slug, GroupForm form, Model model) {
		Group current = find(slug);
		if (form.version() == null || form.version() != current.version()) {
			model.addAttribute("changedMeanwhile",
					GroupForm.of(current, groups.themesOf(current.id()), groups.memberships(current.id())));
		}
		return form(current, model);
	}

	/**
	 * The group's form (a new one when {@code group} is null) with the themes to choose.
	 */
	private String form(Group group, Model model) {
		if (group != null) {
			model.addAttribute("group", group);
		}
		model.addAttribute("themeChoices", themeChoices(group == null ? null : group.id()));
		return "groups/group-form";
	}

	/**
	 * Adds the person whose name was typed (or picked from the suggestions) as a member,
	 * and shows the form again with everything else as typed; nothing is saved and no
	 * other field is judged yet.
	 */
	private void addMember(GroupForm form, String typed, Model model) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		MemberFinder finder = (MemberFinder) model.getAttribute("people");
		MemberFinder.Found found = finder.find(typed);
		if (found.person() == null) {
			model.addAttribute("addPerson", typed);
			model.addAttribute("addPersonError", found.problem());
			model.addAttribute("form", form);
		}
		else {
			model.addAttribute("form", form.withMember(found.person().id()));
			model.addAttribute("added", found.person().displayName());
		}
	}

	/** The themes one may choose, and those a group already has even if retired since. */
	private List<Theme> themeChoices(Long groupId) {
		List<ThemeId> ids = new ArrayList<>(themes.selectable().stream().map(Theme::id).toList());
		if (groupId != null) {
			ids.addAll(groups.themesOf(groupId));
		}
		return themes.findAll(ids);
	}

	private Group find(String slug) {
		return groups.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private void check(GroupForm form, Long id, BindingResult errors) {
		if (!errors.hasFieldErrors("name") && groups.nameTaken(form.name(), id)) {
			errors.rejectValue("name", "groups.name.taken");
		}
		if (form.chairs() > 1) {
			errors.rejectValue("members", "groups.members.oneChair");
		}
		var chosen = form.memberRoles().keySet();
		if (accounts.findAll(chosen).size() != chosen.size()) {
			errors.rejectValue("members", "groups.members.unknown");
		}
		List<Long> allowed = themeChoices(id).stream().map(t -> t.id().value()).toList();
		if (!allowed.containsAll(form.themes())) {
			errors.rejectValue("themes", "groups.themes.unknown");
		}
	}

}
