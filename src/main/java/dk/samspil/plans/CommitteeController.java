package dk.samspil.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat sets what each municipality calls its committees and council, so that
 * every page and log names them as the municipality does.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class CommitteeController {

	/** Longer than any Danish committee's name ("Klima-, Miljø- og Teknikudvalget"). */
	static final int MAX_LENGTH = 80;

	private final CommitteeNames names;

	private final Region region;

	private final MessageSource messages;

	CommitteeController(CommitteeNames names, Region region, MessageSource messages) {
		this.names = names;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping("/plans/committees")
	String form(Model model, Locale locale) {
		return show(names.set(), Map.of(), model, locale);
	}

	@PostMapping("/plans/committees")
	String save(@RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes flash,
			Locale locale) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Municipality m : region.municipalities()) {
			for (Step.Body body : Step.Body.values()) {
				String key = CommitteeNames.Named.key(m.code(), body);
				if (!sent.containsKey(key)) {
					continue;
				}
				String value = clean(sent.getFirst(key));
				typed.put(key, value);
				if (value.length() > MAX_LENGTH) {
					errors.put(key,
							messages.getMessage("plans.committees.tooLong", new Object[] { MAX_LENGTH }, locale));
				}
				else if (!value.isEmpty() && !value.codePoints().anyMatch(Character::isLetter)) {
					errors.put(key, messages.getMessage("plans.committees.noLetters", null, locale));
				}
			}
		}
		if (!errors.isEmpty()) {
			return show(typed, errors, model, locale);
		}
		names.save(typed);
		flash.addFlashAttribute("done", messages.getMessage("plans.committees.saved", null, locale));
		return "redirect:/plans/committees";
	}

	private String show(Map<String, String> typed, Map<String, String> errors, Model model, Locale locale) {
		List<Municipality> municipalities = region.municipalities();
		Map<String, String> values = new LinkedHashMap<>(names.set());
		values.putAll(typed);
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("bodies", Step.Body.values());
		model.addAttribute("generic", names.in(locale).generic());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "plans/committees";
	}

	/**
	 * Without control and invisible characters, spaces collapsed, as a name is written on
	 * one line.
	 */
	private static String clean(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", "").replaceAll("\\s+", " ").strip();
	}

}
