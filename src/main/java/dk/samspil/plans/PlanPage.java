package dk.samspil.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.region.Region;
import dk.samspil.time.DanishTime;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the plan's overview page: versions, consultations, the seven paths side by side,
 * objections, the forms.
 */
@Component
class PlanPage {

	private final Plans plans;

	private final Councils councils;

	private final PlanBook book;

	private final Region region;

	private final ConsultationDesk desk;

	private final CommitteeNames committees;

	PlanPage(Plans plans, Councils councils, PlanBook book, Region region, ConsultationDesk desk,
			CommitteeNames committees) {
		this.committees = committees;
		this.plans = plans;
		this.councils = councils;
		this.book = book;
		this.region = region;
		this.desk = desk;
	}

	/**
	 * The councils whose latest decision adopts one version, as-is or with changes not
	 * yet reconciled.
	 */
	record Adopted(int version, boolean withChanges, List<String> councils) {
	}

	/**
	 * Whether the councils may adopt a version: the consultation that counts for it and
	 * the secretariat's decision.
	 */
	record Readiness(int version, ConsultationInfo consultation, boolean over, String proceedReason) {
	}

	String show(Plan plan, SignedInUser user, Model model) {
		List<Version> versions = plans.versions(plan.id());
		Map<Version, List<ConsultationInfo>> consultations = new LinkedHashMap<>();
		versions.forEach(v -> consultations.put(v, desk.consultationsOf(PlanBook.SUBJECT, v.id())));
		List<Step> steps = councils.steps(plan.id());
		LocalDate today = book.today();
		List<PlanAxis.Consulted> consulted = consultations.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(c -> new PlanAxis.Consulted(e.getKey().number(), c)))
			.toList();
		PlanAxis axis = PlanAxis.of(region.municipalities(), steps, consulted, today,
				m -> book.mayRecordFor(user, m.code()));
		List<PlanAxis.Lane> paths = axis.lanes();
		Version latest = versions.get(versions.size() - 1);
		model.addAttribute("axis", axis);
		model.addAttribute("steps",
				steps.stream()
					.sorted(Comparator.comparing(Step::meetingDate)
						.reversed()
						.thenComparing(Comparator.comparing(Step::id).reversed()))
					.toList());
		model.addAttribute("names", region.names());
		model.addAttribute("adopted", adopted(paths));
		model.addAttribute("mayRecordByCode",
				paths.stream().collect(Collectors.toMap(p -> p.municipality().code(), PlanAxis.Lane::mayRecord)));
		model.addAttribute("awaitingReconcile",
				paths.stream().anyMatch(p -> p.council() != null && p.council().diverges()));
		model.addAttribute("readiness",
				new Readiness(latest.number(), book.countingConsultation(plan, latest.number()).orElse(null),
						book.countingConsultation(plan, latest.number()).map(c -> c.isOver(today)).orElse(false),
						councils.proceedReason(latest.id()).orElse(null)));
		model.addAttribute("today", today);
		model.addAttribute("plan", plan);
		model.addAttribute("zone", DanishTime.ZONE);
		model.addAttribute("versions", consultations);
		model.addAttribute("latest", latest);
		model.addAttribute("adoption", book.adoption(plan.id()));
		model.addAttribute("paths", paths);
		model.addAttribute("mayRecord", paths.stream().anyMatch(PlanAxis.Lane::mayRecord));
		model.addAttribute("objections", councils.objections(plan.id()));
		model.addAttribute("bodies", Step.Body.values());
		model.addAttribute("committees", committees.in(LocaleContextHolder.getLocale()));
		model.addAttribute("councilBody", Step.Body.COUNCIL);
		// a council secretary records for one municipality: the form names its committees
		List<PlanAxis.Lane> recordable = paths.stream().filter(PlanAxis.Lane::mayRecord).toList();
		model.addAttribute("ownMunicipality", recordable.size() == 1 ? recordable.get(0).municipality().code() : null);
		model.addAttribute("decisions", Step.Decision.values());
		model.addAttribute("paragraphs", Objection.Paragraph.values());
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm",
					new PlanForms.NewVersion("", PlanText.markdown(plans.sections(latest.id())), latest.number()));
		}
		if (!model.containsAttribute("consultationForm")) {
			model.addAttribute("consultationForm", PlanForms.OpenConsultation.proposal(today));
		}
		if (!model.containsAttribute("consultationVersion")) {
			model.addAttribute("consultationVersion", latest.number());
		}
		if (!model.containsAttribute("stepForm")) {
			String own = paths.stream()
				.filter(PlanAxis.Lane::mayRecord)
				.findFirst()
				.map(p -> p.municipality().code().value())
				.orElse("");
			model.addAttribute("stepForm", new PlanForms.RecordStep(latest.number(), own, Step.Body.SUBJECT_COMMITTEE,
					today, Step.Decision.RECOMMENDS, "", ""));
		}
		if (!model.containsAttribute("objectionForm")) {
			model.addAttribute("objectionForm", new PlanForms.RaiseObjection(Objection.Paragraph.P29, "", today, ""));
		}
		if (!model.containsAttribute("proceedForm")) {
			model.addAttribute("proceedForm", new PlanForms.Proceed(""));
		}
		return "plans/plan";
	}

	private static List<Adopted> adopted(List<PlanAxis.Lane> lanes) {
		Map<String, List<String>> byVersion = new TreeMap<>();
		for (PlanAxis.Lane lane : lanes) {
			Step council = lane.council();
			if (council != null && StepRules.adopts(council.decision())) {
				byVersion.computeIfAbsent(council.versionNumber() + ":" + council.diverges(), k -> new ArrayList<>())
					.add(lane.municipality().name());
			}
		}
		return byVersion.entrySet()
			.stream()
			.map(e -> new Adopted(Integer.parseInt(e.getKey().split(":")[0]),
					Boolean.parseBoolean(e.getKey().split(":")[1]), e.getValue()))
			.toList();
	}

}
