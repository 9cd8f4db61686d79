package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.accounts.PersonId;
import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationId;
import dk.samspil.consultations.ConsultedSection;
import dk.samspil.consultations.OpenConsultation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat assembles the strategy document from an introduction and a section per
 * chosen topic. Each save is a new version; a save based on a version that is no longer
 * the latest is refused, showing the newer text.
 */
@Component
class StrategyDocumentDesk {

	/**
	 * How the consultations module names what it consults on: a version of a strategy
	 * document, by its id.
	 */
	static final String SUBJECT = "strategy-document";

	private final StrategyDocuments documents;

	private final Processes processes;

	private final Work work;

	private final Topics topics;

	private final Clock clock;

	private final ConsultationDesk consultations;

	StrategyDocumentDesk(StrategyDocuments documents, Processes processes, Work work, Topics topics, Clock clock,
			ConsultationDesk consultations) {
		this.consultations = consultations;
		this.documents = documents;
		this.processes = processes;
		this.work = work;
		this.topics = topics;
		this.clock = clock;
	}

	/**
	 * Someone else saved a version since this one was opened; nothing was written.
	 * Carries the newer version, to show beside what was typed.
	 */
	static class Outdated extends Refusal {

		private final transient DocumentVersion newer;

		Outdated(DocumentVersion newer) {
			super("strategy.document.changedMeanwhile");
			this.newer = newer;
		}

		DocumentVersion newer() {
			return newer;
		}

	}

	/**
	 * What the form starts from: the latest version's sections, with a section added for
	 * every topic chosen since (starting from the topic's description); before the first
	 * version, an introduction and the chosen topics.
	 */
	List<DocumentSection> draft(StrategyProcess process) {
		List<DocumentSection> sections = new ArrayList<>(documents.latest(process.id())
			.map(DocumentVersion::sections)
			.orElseGet(() -> List.of(new DocumentSection(null, process.name(), ""))));
		Set<Long> present = sections.stream().map(DocumentSection::topic).collect(Collectors.toSet());
		for (Work.Chosen chosen : work.chosenOf(process.id())) {
			if (!present.contains(chosen.topic())) {
				topics.find(chosen.topic())
					.ifPresent(t -> sections.add(new DocumentSection(chosen.topic(), t.title(), t.description())));
			}
		}
		return sections;
	}

	/**
	 * Saves the next version if {@code basedOn} is the latest (0 for none yet) and
	 * returns its number.
	 * @throws Outdated when another version was saved meanwhile
	 */
	@Transactional
	int save(ProcessId process, int basedOn, String note, List<DocumentSection> sections, PersonId by) {
		if (!processes.lock(process.value())) {
			throw new Refusal("strategy.process.gone");
		}
		var latest = documents.latest(process);
		if (latest.map(DocumentVersion::number).orElse(0) != basedOn) {
			throw new Outdated(latest.orElse(null));
		}
		Set<Long> chosen = work.chosenOf(process).stream().map(Work.Chosen::topic).collect(Collectors.toSet());
		List<DocumentSection> checked = DocumentVersion.check(sections, chosen);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		documents.insert(process, basedOn + 1, cleanNote, checked, by, clock.instant())
			.orElseThrow(() -> new Outdated(documents.latest(process).orElse(null)));
		return basedOn + 1;
	}

	/**
	 * Puts the latest version to public consultation through the consultations module,
	 * whose period rules (Planloven § 24) apply and refuse with their own reason; from
	 * then on that version is the published strategy.
	 */
	@Transactional
	ConsultationId putToConsultation(ProcessId process, int number, LocalDate startsOn, LocalDate endsOn, PersonId by) {
		if (!processes.lock(process.value())) {
			throw new Refusal("strategy.process.gone");
		}
		StrategyProcess locked = processes.find(process.value()).orElseThrow();
		DocumentVersion version = documents.version(process, number)
			.orElseThrow(() -> new Refusal("strategy.document.noVersion"));
		if (documents.latest(process).map(DocumentVersion::number).orElse(0) != number) {
			throw new Refusal("strategy.document.consultLatestOnly");
		}
		if (documents.history(process).stream().anyMatch(e -> e.number() == number && e.published())) {
			throw new Refusal("strategy.document.alreadyInConsultation");
		}
		List<ConsultedSection> sections = new ArrayList<>();
		for (DocumentSection s : version.sections()) {
			sections.add(new ConsultedSection(String.valueOf(sections.size() + 1), s.anchor(), s.heading(), s.html()));
		}
		ConsultationId id = consultations.open(new OpenConsultation(SUBJECT, version.id(),
				locked.name() + " (udgave " + number + ")", sections, startsOn, endsOn, false, null, null));
		documents.publish(version, id, by, clock.instant());
		return id;
	}

}
