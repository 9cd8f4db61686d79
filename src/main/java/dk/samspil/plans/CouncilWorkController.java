package dk.samspil.plans;

import java.util.List;
import java.util.Locale;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.region.MunicipalityCode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The council secretary's start of the day: for each plan not yet adopted, the version
 * before their council, what handles it next, and the consultation's deadline. An htmx
 * fragment of the front page; anyone who is not a council secretary gets nothing.
 */
@Controller
class CouncilWorkController {

	private final Plans plans;

	private final Councils councils;

	private final PlanBook book;

	private final Accounts accounts;

	private final CommitteeNames committees;

	CouncilWorkController(Plans plans, Councils councils, PlanBook book, Accounts accounts, CommitteeNames committees) {
		this.plans = plans;
		this.councils = councils;
		this.book = book;
		this.accounts = accounts;
		this.committees = committees;
	}

	@GetMapping("/plans/waiting")
	String waiting(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		MunicipalityCode municipality = user.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_COUNCIL_SECRETARY".equals(a.getAuthority()))
					? accounts.find(user.personId()).map(PersonSummary::municipality).orElse(null) : null;
		if (municipality == null) {
			return "plans/waiting :: nothing";
		}
		List<CouncilWork> work = plans.findAll()
			.stream()
			.filter(plan -> !plan.adopted())
			.map(plan -> work(plan, municipality))
			.toList();
		model.addAttribute("work", work);
		model.addAttribute("municipality", municipality);
		model.addAttribute("committees", committees.in(locale));
		model.addAttribute("today", book.today());
		return "plans/waiting :: waiting";
	}

	private CouncilWork work(Plan plan, MunicipalityCode municipality) {
		List<Version> versions = plans.versions(plan.id());
		int latest = versions.get(versions.size() - 1).number();
		return CouncilWork.of(plan, latest, municipality, councils.steps(plan.id()),
				book.countingConsultation(plan, latest).orElse(null));
	}

}
