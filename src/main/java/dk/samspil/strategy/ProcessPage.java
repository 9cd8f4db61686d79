package dk.samspil.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.samspil.groups.Theme;
import dk.samspil.groups.Themes;

/**
 * What a process's page shows: its phases and § 23 a's deadline, and, as they come,
 * topics, rounds and work.
 */
@Component
class ProcessPage {

	private final Topics topics;

	private final Rounds rounds;

	private final Clock clock;

	private final Work work;

	private final Names names;

	private final Themes themes;

	private final StrategyDocuments documents;

	ProcessPage(Topics topics, Rounds rounds, Clock clock, Work work, Names names, Themes themes,
			StrategyDocuments documents) {
		this.documents = documents;
		this.work = work;
		this.names = names;
		this.themes = themes;
		this.topics = topics;
		this.rounds = rounds;
		this.clock = clock;
	}

	void fill(StrategyProcess process, LocalDate today, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("current", process.phaseOn(today));
		model.addAttribute("today", today);
		model.addAttribute("topics", topics.ofProcess(process.id()));
		model.addAttribute("topicCounts", topics.counts(process.id()));
		model.addAttribute("rounds", rounds.ofProcess(process.id()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("chosen", work.chosenOf(process.id()));
		model.addAttribute("handovers", work.handovers(process.id()));
		model.addAttribute("topicTitles",
				topics.ofProcess(process.id()).stream().collect(Collectors.toMap(t -> t.id().value(), Topic::title)));
		model.addAttribute("themeNames",
				themes.all().stream().collect(Collectors.toMap(t -> t.id().value(), Theme::name)));
		model.addAttribute("groupNames", names.groups());
		model.addAttribute("people", names.people());
		model.addAttribute("documentVersions", documents.history(process.id()));
		model.addAttribute("publication", documents.published(process.id()).orElse(null));
	}

}
