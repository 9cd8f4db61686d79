package dk.samspil.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dk.samspil.rules.FieldRefusal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login page, and a signed-in person's own account: who they are and their password.
 */
@Controller
class AccountController {

	private final MessageSource messages;

	private final People people;

	private final LoginThrottle throttle;

	private final Providers providers;

	private final PeopleDesk desk;

	AccountController(People people, LoginThrottle throttle, Providers providers, PeopleDesk desk,
			MessageSource messages) {
		this.messages = messages;
		this.people = people;
		this.throttle = throttle;
		this.providers = providers;
		this.desk = desk;
	}

	/**
	 * {@code ?error} after a failed sign-in; a refused one names its reason
	 * ({@link LoginThrottle.Refusal}), and one with a provider too
	 * ({@link ProviderSignInFailures.Reason}, with the provider's id as its value).
	 */
	@GetMapping(SecurityConfiguration.LOGIN)
	String login(@RequestParam Map<String, String> query, Model model, Locale locale) {
		model.addAttribute("failed", query.containsKey("error"));
		model.addAttribute("refusal",
				Stream.of(LoginThrottle.Refusal.values())
					.map(LoginThrottle.Refusal::parameter)
					.filter(query::containsKey)
					.findFirst()
					.orElse(null));
		model.addAttribute("lockoutMinutes", throttle.lockoutMinutes());
		model.addAttribute("passwordsOff", query.containsKey(SecurityConfiguration.PASSWORDS_OFF));
		model.addAttribute("providers", providers.buttons());
		Stream.of(ProviderSignInFailures.Reason.values())
			.map(ProviderSignInFailures.Reason::parameter)
			.filter(query::containsKey)
			.findFirst()
			.ifPresent(reason -> {
				model.addAttribute("providerRefusal", reason);
				model.addAttribute("providerName", providers.name(query.get(reason))
					.orElseGet(() -> messages.getMessage("login.provider.someone", null, locale)));
			});
		return "accounts/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		Person person = people.find(user.personId().value()).orElseThrow();
		model.addAttribute("person", person);
		model.addAttribute("passwordsAllowed", providers.passwordsAllowed(person.municipality()));
		return "accounts/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String repeatPassword, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (!desk.changeOwnPassword(user.personId(), currentPassword, newPassword, repeatPassword)) {
				// The page offers no form then: a password they could not use.
				return "redirect:/account";
			}
		}
		catch (FieldRefusal refused) {
			model.addAttribute("person", people.find(user.personId().value()).orElseThrow());
			model.addAttribute("passwordsAllowed", true);
			model.addAttribute("passwordErrorField", refused.field());
			model.addAttribute("minPasswordLength", Person.MIN_PASSWORD_LENGTH);
			return "accounts/account";
		}
		redirect.addFlashAttribute("done", messages.getMessage("account.passwordChanged", null, locale));
		return "redirect:/account";
	}

}
