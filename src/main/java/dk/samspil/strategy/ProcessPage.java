package dk.samspil.strategy;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a process's page shows: its phases and § 23 a's deadline, and, as they come, topics, rounds and work. */
@Component
class ProcessPage {

	private final Topics topics;

	ProcessPage(Topics topics) {
		this.topics = topics;
	}

	void fill(StrategyProcess process, LocalDate today, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("current", process.phaseOn(today));
		model.addAttribute("today", today);
		model.addAttribute("topics", topics.ofProcess(process.id()));
		model.addAttribute("topicCounts", topics.counts(process.id()));
	}
}
