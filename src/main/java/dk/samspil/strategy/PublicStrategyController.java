package dk.samspil.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.samspil.consultations.ConsultationDesk;
import dk.samspil.consultations.ConsultationInfo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What citizens see without a login: each published strategy, the version put to public
 * consultation, with a way to its consultation. Nothing else of a process shows here: no
 * topics, rounds, ballots or other versions.
 */
@Controller
class PublicStrategyController {

	private final Processes processes;

	private final StrategyDocuments documents;

	private final ConsultationDesk consultations;

	private final Clock clock;

	PublicStrategyController(Processes processes, StrategyDocuments documents, ConsultationDesk consultations,
			Clock clock) {
		this.processes = processes;
		this.documents = documents;
		this.consultations = consultations;
		this.clock = clock;
	}

	/** A published strategy in the list: its process and its consultation. */
	record Published(StrategyProcess process, ConsultationInfo consultation) {
	}

	@GetMapping("/public/strategy")
	String list(Model model) {
		List<Published> published = documents.publishedProcesses()
			.stream()
			.flatMap(id -> processes.find(id).stream())
			.map(p -> new Published(p, documents.published(p.id()).flatMap(this::consultation).orElse(null)))
			.toList();
		model.addAttribute("published", published);
		return "strategy/public-strategies";
	}

	@GetMapping("/public/strategy/{id}")
	String show(@PathVariable long id, Model model) {
		StrategyProcess process = processes.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		DocumentVersion.Publication publication = documents.published(process.id())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("process", process);
		model.addAttribute("version", documents.version(process.id(), publication.number()).orElseThrow());
		model.addAttribute("consultation", consultation(publication).orElse(null));
		model.addAttribute("today", LocalDate.now(clock));
		return "strategy/public-strategy";
	}

	private Optional<ConsultationInfo> consultation(DocumentVersion.Publication publication) {
		return consultations.find(publication.consultation());
	}

}
