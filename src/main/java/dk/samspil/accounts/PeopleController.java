package dk.samspil.accounts;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dk.samspil.rules.FieldRefusal;
import dk.samspil.region.Region;
import dk.samspil.time.DanishTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The secretariat creates, edits, deactivates and reactivates people
 * ({@link PeopleDesk}). The secretariat also sees whose username is locked for everyone
 * after failed sign-ins from many addresses, and can lift that lock.
 */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasRole('SECRETARIAT')")
class PeopleController {

	private final MessageSource messages;

	private final People people;

	private final Region region;

	private final LoginThrottle throttle;

	private final PeopleDesk desk;

	PeopleController(People people, Region region, LoginThrottle throttle, PeopleDesk desk, MessageSource messages) {
		this.messages = messages;
		this.desk = desk;
		this.people = people;
		this.region = region;
		this.throttle = throttle;
	}

	@ModelAttribute
	void reference(Model model) {
		var municipalities = region.municipalities();
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("municipalityNames",
				municipalities.stream().collect(Collectors.toMap(m -> m.code().value(), m -> m.name())));
		model.addAttribute("roles", Role.values());
		model.addAttribute("zone", DanishTime.ZONE);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("people", people.findAll());
		model.addAttribute("locks", throttle.lockedEverywhere());
		return "accounts/people";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return "accounts/person-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, RedirectAttributes redirect,
			Locale locale) {
		desk.refusals(form, null).forEach(refusal -> refusal.rejectOn(errors));
		if (errors.hasErrors()) {
			return "accounts/person-form";
		}
		try {
			desk.create(form);
		}
		catch (FieldRefusal takenMeanwhile) {
			takenMeanwhile.rejectOn(errors);
			return "accounts/person-form";
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("people.saved", new Object[] { form.displayName() }, locale));
		return "redirect:/people";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Person person = find(id);
		model.addAttribute("form", PersonForm.of(person));
		return showPerson(person, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		Person person = find(id);
		desk.refusals(form, person.id()).forEach(refusal -> refusal.rejectOn(errors));
		if (errors.hasErrors()) {
			return showPerson(person, model);
		}
		try {
			person = desk.update(id, form);
		}
		catch (ChangedMeanwhile changed) {
			// What was typed stays in the form, now made over the colleague's version,
			// which is shown beside it.
			model.addAttribute("form", form.over(changed.current()));
			model.addAttribute("changedMeanwhile", changed.current());
			return showPerson(changed.current(), model);
		}
		catch (FieldRefusal takenMeanwhile) {
			takenMeanwhile.rejectOn(errors);
			return showPerson(person, model);
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("people.saved", new Object[] { person.displayName() }, locale));
		return "redirect:/people";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		Person person = desk.deactivate(id, user.personId());
		redirect.addFlashAttribute("done",
				messages.getMessage("people.deactivated", new Object[] { person.displayName() }, locale));
		return "redirect:/people";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		Person person = desk.activate(id);
		redirect.addFlashAttribute("done",
				messages.getMessage("people.activated", new Object[] { person.displayName() }, locale));
		return "redirect:/people";
	}

	/**
	 * Forgets the username's failed sign-ins from every address; says so even if its lock
	 * had just run out.
	 */
	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		Person person = find(id);
		throttle.lift(person.username(), user.getUsername());
		redirect.addFlashAttribute("done",
				messages.getMessage("people.unlocked", new Object[] { person.displayName() }, locale));
		return "redirect:/people";
	}

	private String showPerson(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("lockedUntil", throttle.lockedEverywhere().get(person.id()));
		return "accounts/person-form";
	}

	private Person find(long id) {
		return people.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
