package dk.samspil.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationInfo;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the strategy document's pages show: a version with its sections and history, and
 * the form for the next.
 */
@Component
class StrategyDocumentPage {

	private final StrategyDocuments documents;

	private final Topics topics;

	private final Names names;

	private final ConsultationDesk consultations;

	private final Clock clock;

	StrategyDocumentPage(StrategyDocuments documents, Topics topics, Names names, ConsultationDesk consultations,
			Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
		this.documents = documents;
		this.topics = topics;
		this.names = names;
	}

	String show(StrategyProcess process, DocumentVersion version, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("version", version);
		List<DocumentVersion.Entry> history = documents.history(process.id());
		model.addAttribute("history", history);
		Map<Integer, ConsultationInfo> consulted = new LinkedHashMap<>();
		history.stream()
			.filter(DocumentVersion.Entry::published)
			.forEach(e -> consultations.find(e.consultation()).ifPresent(c -> consulted.put(e.number(), c)));
		model.addAttribute("consulted", consulted);
		if (!model.containsAttribute("consultationForm")) {
			model.addAttribute("consultationForm", ConsultationForm.proposal(LocalDate.now(clock)));
		}
		model.addAttribute("latest", documents.latest(process.id()).map(DocumentVersion::number).orElse(0));
		model.addAttribute("people", names.people());
		return "strategy/document";
	}

	/**
	 * The form; {@code newer} is the version someone saved while this one was being
	 * written, else null.
	 */
	String form(StrategyProcess process, DocumentForm form, DocumentVersion newer, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("form", form);
		model.addAttribute("newer", newer);
		model.addAttribute("changedMeanwhile", newer == null ? List.of() : changed(newer, form));
		if (!model.containsAttribute("outdated")) {
			model.addAttribute("outdated", false);
		}
		model.addAttribute("people", names.people());
		Map<Long, String> titles = new LinkedHashMap<>();
		topics.ofProcess(process.id()).forEach(t -> titles.put(t.id().value(), t.title()));
		model.addAttribute("topicTitles", titles);
		return "strategy/document-form";
	}

	/**
	 * The newer version's sections that differ from what was typed, so the writer sees
	 * what came in between.
	 */
	private static List<DocumentSection> changed(DocumentVersion newer, DocumentForm form) {
		return newer.sections()
			.stream()
			.filter(s -> form.sectionsOrEmpty()
				.stream()
				.noneMatch(typed -> Objects.equals(typed.topic(), s.topic())
						&& s.heading().equals(strip(typed.heading())) && s.body().equals(strip(typed.body()))))
			.toList();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
