package dk.samspil.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.region.Municipality;
import dk.samspil.region.Region;
import dk.samspil.time.DanishTime;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the plan's overview page: versions, consultations, the seven paths side by side, objections, the forms. */
@Component
class PlanPage {

	private final Plans plans;

	private final Councils councils;

	private final PlanBook book;

	private final Region region;

	private final ConsultationDesk desk;

	PlanPage(Plans plans, Councils councils, PlanBook book, Region region, ConsultationDesk desk) {
		this.plans = plans;
		this.councils = councils;
		this.book = book;
		this.region = region;
		this.desk = desk;
	}

	/** One municipality's path: its steps in meeting order, and its council's latest decision. */
	record Path(Municipality municipality, List<Step> steps, Step council, boolean mayRecord) {
	}

	String show(Plan plan, SignedInUser user, Model model) {
		List<Version> versions = plans.versions(plan.id());
		Map<Version, List<ConsultationInfo>> consultations = new LinkedHashMap<>();
		versions.forEach(v -> consultations.put(v, desk.consultationsOf(PlanBook.SUBJECT, v.id())));
		List<Step> steps = councils.steps(plan.id());
		List<Path> paths = region.municipalities()
			.stream()
			.map(m -> new Path(m, steps.stream().filter(s -> s.municipality().equals(m.code())).toList(),
					Adoption.latestCouncilDecision(m.code(), steps).orElse(null), book.mayRecordFor(user, m.code())))
			.toList();
		Version latest = versions.get(versions.size() - 1);
		model.addAttribute("plan", plan);
		model.addAttribute("zone", DanishTime.ZONE);
		model.addAttribute("versions", consultations);
		model.addAttribute("latest", latest);
		model.addAttribute("adoption", book.adoption(plan.id()));
		model.addAttribute("paths", paths);
		model.addAttribute("mayRecord", paths.stream().anyMatch(Path::mayRecord));
		model.addAttribute("objections", councils.objections(plan.id()));
		model.addAttribute("bodies", Step.Body.values());
		model.addAttribute("decisions", Step.Decision.values());
		model.addAttribute("paragraphs", Objection.Paragraph.values());
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", new PlanForms.NewVersion("", PlanText.markdown(plans.sections(latest.id()))));
		}
		if (!model.containsAttribute("consultationForm")) {
			model.addAttribute("consultationForm", PlanForms.OpenConsultation.proposal(book.today()));
		}
		if (!model.containsAttribute("consultationVersion")) {
			model.addAttribute("consultationVersion", latest.number());
		}
		if (!model.containsAttribute("stepForm")) {
			String own = paths.stream().filter(Path::mayRecord).findFirst().map(p -> p.municipality().code().value())
				.orElse("");
			model.addAttribute("stepForm", new PlanForms.RecordStep(latest.number(), own, Step.Body.SUBJECT_COMMITTEE,
					book.today(), Step.Decision.RECOMMENDS, "", ""));
		}
		if (!model.containsAttribute("objectionForm")) {
			model.addAttribute("objectionForm", new PlanForms.RaiseObjection(Objection.Paragraph.P29, "",
					book.today(), ""));
		}
		return "plans/plan";
	}
}
