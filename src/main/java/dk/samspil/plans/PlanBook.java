package dk.samspil.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationId;
import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.consultations.ConsultedSection;
import dk.samspil.consultations.OpenConsultation;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import dk.samspil.rules.FieldRefusal;
import dk.samspil.rules.Refusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat and the council secretaries do with a plan; every change of state
 * goes into the audit log.
 */
@Component
class PlanBook {

	static final String SUBJECT = "plan-version";

	private final Plans plans;

	private final Councils councils;

	private final Region region;

	private final Accounts accounts;

	private final ConsultationDesk desk;

	private final ApplicationEventPublisher events;

	private final int retentionDays;

	private final PlanSearch search;

	private final Clock clock;

	private final GroupDirectory groups;

	PlanBook(Plans plans, Councils councils, Region region, Accounts accounts, ConsultationDesk desk,
			ApplicationEventPublisher events, @Value("${samspil.plans.personal-data-retention-days:365}") int days,
			Clock clock, PlanSearch search, GroupDirectory groups) {
		this.groups = groups;
		this.clock = clock;
		this.plans = plans;
		this.councils = councils;
		this.region = region;
		this.accounts = accounts;
		this.desk = desk;
		this.events = events;
		this.retentionDays = days;
		this.search = search;
	}

	/**
	 * A new plan, its text as version 1; the group whose members process its
	 * consultations' responses, if one is named, must exist.
	 */
	@Transactional
	public long create(String title, String text, GroupId ownerGroup, PersonId person) {
		if (ownerGroup != null && groups.find(ownerGroup).isEmpty()) {
			throw new FieldRefusal("ownerGroup", "plans.ownerGroup.unknown");
		}
		long id = plans.insert(title.strip(), ownerGroup);
		List<Section> sections = PlanText.sections(text);
		Version version = plans.addVersion(id, plans.lockLatest(id) + 1, null, sections);
		search.published(title.strip(), version, sections);
		councils.audit(id, person, "plan.created", null,
				AuditText.of().version(version.number()).text("title", title.strip()).toString());
		return id;
	}

	/**
	 * Adds a version written over version {@code basedOn}; when a colleague saved a newer
	 * one meanwhile, it is refused, so their changes are never silently left out of the
	 * next version.
	 */
	@Transactional
	public Version addVersion(long planId, int basedOn, String note, String text, PersonId person) {
		List<Section> sections = PlanText.sections(text);
		int latest = plans.lockLatest(planId);
		if (latest != basedOn) {
			throw new Refusal("plans.version.outdated", basedOn, latest);
		}
		Version version = plans.addVersion(planId, latest + 1, note == null || note.isBlank() ? null : note.strip(),
				sections);
		search.published(plans.find(planId).map(Plan::title).orElse(""), version, sections);
		councils.audit(planId, person, "version.added", null, AuditText.of().version(version.number()).toString());
		return version;
	}

	@Transactional
	public ConsultationId openConsultation(Plan plan, Version version, LocalDate startsOn, LocalDate endsOn,
			boolean minorChange, LocalDate ideaDeadline, PersonId person) {
		List<ConsultedSection> sections = plans.sections(version.id())
			.stream()
			.map(s -> new ConsultedSection(s.number(), s.anchor(), s.heading(), s.html()))
			.toList();
		ConsultationId id = desk
			.open(new OpenConsultation(SUBJECT, version.id(), plan.title() + " (version " + version.number() + ")",
					sections, startsOn, endsOn, minorChange, ideaDeadline, plan.ownerGroup()));
		AuditText opened = AuditText.of().version(version.number()).period(startsOn, endsOn);
		councils.audit(plan.id(), person, "consultation.opened", null,
				(minorChange ? opened.minorChange() : opened).toString());
		return id;
	}

	/**
	 * Records a step; a council secretary may record only their own municipality's
	 * committees and council, and only what {@link StepRules} allows.
	 */
	@Transactional
	public void recordStep(SignedInUser user, Plan plan, Version version, MunicipalityCode municipality, Step.Body body,
			LocalDate date, Step.Decision decision, String dissent, String minutesUrl) {
		if (!mayRecordFor(user, municipality)) {
			throw new AccessDeniedException("Only " + municipality + "'s council secretary may record this");
		}
		plans.lock(plan.id());
		checkStep(plan, version.number(), body, decision, date);
		Adoption before = adoption(plan.id());
		councils.addStep(version.id(), municipality, body, date, decision, blankToNull(dissent),
				blankToNull(minutesUrl), user.personId());
		councils.audit(plan.id(), user.personId(), "step.recorded", AuditText.state(before.state()).toString(),
				AuditText.of()
					.municipality(municipality)
					.body(body)
					.version(version.number())
					.decision(decision)
					.date(date)
					.toString());
		settle(plan, before, user.personId());
	}

	/**
	 * Withdraws a step recorded by mistake; the step and the reason stay in the audit
	 * log.
	 */
	@Transactional
	public void withdrawStep(SignedInUser user, Plan plan, long stepId, String reason) {
		Step step = changeableStep(user, plan, stepId);
		Adoption before = adoption(plan.id());
		councils.withdraw(step.id(), user.personId(), reason.strip());
		councils.audit(plan.id(), user.personId(), "step.withdrawn",
				AuditText.step(step).text("reason", reason.strip()).toString(), null);
		settle(plan, before, user.personId());
	}

	/**
	 * Corrects a step's date or decision; the rules are checked again, and the audit log
	 * keeps before, after and why.
	 */
	@Transactional
	public void correctStep(SignedInUser user, Plan plan, long stepId, LocalDate date, Step.Decision decision,
			String reason) {
		Step step = changeableStep(user, plan, stepId);
		checkStep(plan, step.versionNumber(), step.body(), decision, date);
		Adoption before = adoption(plan.id());
		councils.correct(step.id(), date, decision);
		Step after = new Step(step.id(), step.versionId(), step.versionNumber(), step.municipality(), step.body(), date,
				decision, step.dissent(), step.minutesUrl(), false);
		councils.audit(plan.id(), user.personId(), "step.corrected", AuditText.step(step).toString(),
				AuditText.step(after).text("reason", reason.strip()).toString());
		settle(plan, before, user.personId());
	}

	/**
	 * Records the secretariat's decision to let the councils adopt a version whose
	 * consultation is over although not every response has been processed.
	 */
	@Transactional
	public void recordProceed(Plan plan, Version version, String reason, PersonId person) {
		plans.lock(plan.id());
		StepRules.checkProceed(version.number(), today(), countingConsultation(plan, version.number()).orElse(null));
		councils.recordProceed(version.id(), person, reason.strip());
		councils.audit(plan.id(), person, "proceed.recorded", null,
				AuditText.of().version(version.number()).text("reason", reason.strip()).toString());
	}

	/**
	 * The consultation that counts for a version: the latest to end on it or on an
	 * earlier version.
	 */
	Optional<ConsultationInfo> countingConsultation(Plan plan, int versionNumber) {
		return plans.versions(plan.id())
			.stream()
			.filter(v -> v.number() <= versionNumber)
			.flatMap(v -> desk.consultationsOf(SUBJECT, v.id()).stream())
			.max(Comparator.comparing(ConsultationInfo::endsOn));
	}

	private void checkStep(Plan plan, int versionNumber, Step.Body body, Step.Decision decision, LocalDate date) {
		if (plan.adopted()) {
			throw new Refusal("plans.refused.adopted");
		}
		Version version = plans.version(plan.id(), versionNumber).orElseThrow();
		StepRules.check(versionNumber, body, decision, date, today(),
				countingConsultation(plan, versionNumber).orElse(null),
				councils.proceedReason(version.id()).isPresent());
	}

	private Step changeableStep(SignedInUser user, Plan plan, long stepId) {
		plans.lock(plan.id());
		Step step = councils.lockStep(plan.id(), stepId).orElseThrow(() -> new Refusal("plans.refused.noStep"));
		if (!mayRecordFor(user, step.municipality())) {
			throw new AccessDeniedException("Only " + step.municipality() + "'s council secretary may change this");
		}
		if (plan.adopted()) {
			throw new Refusal("plans.refused.adopted");
		}
		return step;
	}

	@Transactional
	public void raiseObjection(Plan plan, Objection.Paragraph paragraph, String raisedBy, LocalDate raisedOn,
			String note, PersonId person) {
		long id = councils.addObjection(plan.id(), paragraph, raisedBy.strip(), raisedOn, blankToNull(note));
		councils.audit(plan.id(), person, "objection.raised", null,
				AuditText.of().objection(id, paragraph).text("by", raisedBy.strip()).toString());
	}

	@Transactional
	public void liftObjection(Plan plan, long objectionId, PersonId person) {
		Adoption before = adoption(plan.id());
		if (councils.liftObjection(plan.id(), objectionId, today())) {
			councils.audit(plan.id(), person, "objection.lifted",
					AuditText.of().objectionStands(objectionId, true).toString(),
					AuditText.of().objectionStands(objectionId, false).toString());
			settle(plan, before, person);
		}
	}

	@Transactional
	public void reconcile(Plan plan, PersonId person) {
		Adoption before = adoption(plan.id());
		int steps = councils.reconcile(plan.id());
		councils.audit(plan.id(), person, "versions.reconciled", AuditText.state(before.state()).toString(),
				AuditText.state(adoption(plan.id()).state()).count("steps", steps).toString());
		settle(plan, before, person);
	}

	Adoption adoption(long planId) {
		List<MunicipalityCode> municipalities = region.municipalities().stream().map(Municipality::code).toList();
		long standing = councils.objections(planId).stream().filter(Objection::stands).count();
		return Adoption.of(municipalities, councils.steps(planId), standing);
	}

	boolean mayRecordFor(SignedInUser user, MunicipalityCode municipality) {
		if (has(user, "ROLE_SECRETARIAT")) {
			return true;
		}
		return has(user, "ROLE_COUNCIL_SECRETARY") && accounts.find(user.personId())
			.map(PersonSummary::municipality)
			.filter(municipality::equals)
			.isPresent();
	}

	/**
	 * Final adoption happens once, when the last council adopts or the last obstacle
	 * goes.
	 */
	private void settle(Plan plan, Adoption before, PersonId person) {
		Adoption after = adoption(plan.id());
		if (!after.isAdopted() || plan.adopted() || before.isAdopted()) {
			return;
		}
		LocalDate today = today();
		plans.adopted(plan.id(), today);
		councils.audit(plan.id(), person, "plan.adopted", AuditText.state(before.state()).toString(),
				AuditText.of().version(after.version()).date(today).toString());
		for (Version version : plans.versions(plan.id())) {
			desk.subjectFinished(SUBJECT, version.id(), today.plusDays(retentionDays));
		}
		events.publishEvent(new PlanAdopted(new PlanId(plan.id()), after.version(), today));
	}

	private static boolean has(SignedInUser user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
