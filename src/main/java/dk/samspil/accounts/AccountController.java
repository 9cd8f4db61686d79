package dk.samspil.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final Providers providers;

	AccountController(People people, PasswordEncoder passwords, LoginThrottle throttle, Providers providers,
			MessageSource messages) {
		this.messages = messages;
		this.people = people;
		this.passwords = passwords;
		this.throttle = throttle;
		this.providers = providers;
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
	@Transactional
	String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String repeatPassword, Model model,
			RedirectAttributes redirect, Locale locale) {
		Person person = people.find(user.personId().value()).orElseThrow();
		if (!providers.passwordsAllowed(person.municipality())) {
			// The page offers no form then: a password they could not use.
			return "redirect:/account";
		}
		String field = null;
		if (!passwords.matches(currentPassword, person.passwordHash())) {
			field = "currentPassword";
		}
		else if (newPassword.length() < PersonForm.MIN_PASSWORD_LENGTH) {
			field = "newPassword";
		}
		else if (!newPassword.equals(repeatPassword)) {
			field = "repeatPassword";
		}
		if (field != null) {
			model.addAttribute("person", person);
			model.addAttribute("passwordsAllowed", true);
			model.addAttribute("passwordErrorField", field);
			model.addAttribute("minPasswordLength", PersonForm.MIN_PASSWORD_LENGTH);
			return "accounts/account";
		}
		person.changePassword(passwords.encode(newPassword));
		people.save(person);
		redirect.addFlashAttribute("done", messages.getMessage("account.passwordChanged", null, locale));
		return "redirect:/account";
	}

}
