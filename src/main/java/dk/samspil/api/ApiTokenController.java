package dk.samspil.api;

import java.util.Locale;

import jakarta.validation.Valid;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The secretariat issues API tokens to the municipalities' systems and others, sees when
 * each was last used, and revokes them.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class ApiTokenController {

	private final ApiTokens tokens;

	private final ApiTokenDesk desk;

	private final Region region;

	private final MessageSource messages;

	ApiTokenController(ApiTokens tokens, ApiTokenDesk desk, Region region, MessageSource messages) {
		this.tokens = tokens;
		this.desk = desk;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping("/admin/api-tokens")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApiTokenForm.empty());
		}
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("municipalities", region.municipalities());
		model.addAttribute("municipalityNames", region.names());
		return "api/tokens";
	}

	@PostMapping("/admin/api-tokens")
	String issue(@Valid @ModelAttribute("form") ApiTokenForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		MunicipalityCode municipality = municipality(form.municipality(), errors);
		if (errors.hasErrors()) {
			return list(model);
		}
		// Shown in this answer rather than after a redirect, so that the token is never
		// kept anywhere, not even for a moment in the session.
		model.addAttribute("issued", desk.issue(form.name(), municipality, user.personId()));
		model.addAttribute("done",
				messages.getMessage("api.tokens.issued", new Object[] { form.name().strip() }, locale));
		model.addAttribute("form", ApiTokenForm.empty());
		return list(model);
	}

	@PostMapping("/admin/api-tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		ApiToken token = tokens.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		desk.revoke(id);
		redirect.addFlashAttribute("done",
				messages.getMessage("api.tokens.revoked", new Object[] { token.name() }, locale));
		return "redirect:/admin/api-tokens";
	}

	/** One of the region's municipalities, or null for none; anything else is refused. */
	private MunicipalityCode municipality(String code, BindingResult errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return region.municipalities()
			.stream()
			.map(Municipality::code)
			.filter(c -> c.value().equals(code))
			.findFirst()
			.orElseGet(() -> {
				errors.rejectValue("municipality", "api.tokens.municipality.unknown");
				return null;
			});
	}

}
