package dk.samspil.water;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.meetings.AgendaItemLookup;
import dk.samspil.meetings.AgendaItemRef;
import dk.samspil.meetings.Citation;
import dk.samspil.meetings.CitationSource;
import dk.samspil.meetings.DecisionLookup;
import dk.samspil.meetings.DecisionRef;
import dk.samspil.rules.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * From run to decision: a finished run is cited in a decision or an agenda item its citer
 * may read, and the decision or the meeting then shows the run's headline figures with a
 * link to its summary. Whoever may read a decision or an agenda item that cites a run may
 * read that run's summary, even outside the model's group; the model itself stays the
 * group's. Nobody else sees anything of the run through them.
 */
@Component
class RunCiting implements CitationSource {

	private final Runs runs;

	private final RunCitations citations;

	private final DecisionLookup decisions;

	private final AgendaItemLookup items;

	private final ModelAccess access;

	private final Models models;

	private final MessageSource messages;

	private final Clock clock;

	RunCiting(Runs runs, RunCitations citations, DecisionLookup decisions, AgendaItemLookup items, ModelAccess access,
			Models models, MessageSource messages, Clock clock) {
		this.items = items;
		this.runs = runs;
		this.citations = citations;
		this.decisions = decisions;
		this.access = access;
		this.models = models;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Cites {@code run} in decision {@code decision}.
	 * @throws Refusal when the run is not finished, or no decision is chosen, or the
	 * decision is not one the user may read
	 */
	@Transactional
	void cite(SignedInUser user, Run run, Long decision) {
		if (!run.finished()) {
			throw new Refusal("water.cite.notFinished");
		}
		if (decision == null) {
			throw new Refusal("water.cite.unknownDecision");
		}
		decisions.readable(user, decision).orElseThrow(() -> new Refusal("water.cite.unknownDecision"));
		citations.insert(run.id(), decision, user.displayName(), clock.instant());
	}

	/**
	 * Cites {@code run} in agenda item {@code item}, so the meeting shows its figures.
	 * @throws Refusal when the run is not finished, or the item is not one the user may
	 * read or that still takes citations
	 */
	@Transactional
	void citeInItem(SignedInUser user, Run run, long item) {
		if (!run.finished()) {
			throw new Refusal("water.cite.notFinished");
		}
		items.citable(user, item).orElseThrow(() -> new Refusal("water.cite.unknownItem"));
		citations.insertItem(run.id(), item, user.displayName(), clock.instant());
	}

	/** The agenda items citing {@code run} that {@code user} may read. */
	List<AgendaItemRef> citedInItems(SignedInUser user, long run) {
		return items.readable(user, citations.itemsOf(run));
	}

	/** The decisions citing {@code run} that {@code user} may read. */
	List<DecisionRef> citedIn(SignedInUser user, long run) {
		return decisions.readable(user, citations.decisionsOf(run));
	}

	/**
	 * Whether {@code user} may read the run's summary: the model's group, or a decision
	 * or an agenda item that cites it.
	 */
	boolean readsSummary(SignedInUser user, Run run) {
		ModelInfo model = models.find(run.model()).orElse(null);
		return model != null && access.opens(user, model.group()) || !citedIn(user, run.id()).isEmpty()
				|| !citedInItems(user, run.id()).isEmpty();
	}

	@Override
	public List<Citation> citedIn(long decisionId, Locale locale) {
		List<Citation> cited = new ArrayList<>();
		for (long id : citations.runsIn(decisionId)) {
			citation(id, locale).ifPresent(cited::add);
		}
		return cited;
	}

	@Override
	public Map<Long, List<Citation>> citedInItems(Collection<Long> itemIds, Locale locale) {
		Map<Long, List<Citation>> cited = new LinkedHashMap<>();
		for (RunCitations.InItem in : citations.runsInItems(itemIds)) {
			citation(in.run(), locale)
				.ifPresent(c -> cited.computeIfAbsent(in.item(), item -> new ArrayList<>()).add(c));
		}
		return cited;
	}

	/**
	 * The run as a citation: its title, headline figures, and the summary every reader of
	 * the citing page may open.
	 */
	private Optional<Citation> citation(long id, Locale locale) {
		Run run = runs.find(id).orElse(null);
		ModelInfo model = run == null ? null : models.find(run.model()).orElse(null);
		if (model == null) {
			return Optional.empty();
		}
		String title = messages.getMessage("water.cite.title",
				new Object[] { run.id(), model.name(), run.modelVersion() }, locale);
		return Optional.of(new Citation(title, headline(run, locale), "/water/runs/" + run.id() + "/summary"));
	}

	/**
	 * The median reliability of each kind of use over the run's scenarios, and the mean
	 * shortfall.
	 */
	List<String> headline(Run run, Locale locale) {
		List<String> figures = new ArrayList<>();
		RunSummary summary = runs.summary(run.id()).orElse(null);
		if (summary == null) {
			return figures;
		}
		for (String kind : List.of("drinking", "environment", "industry", "ptx")) {
			RunSummary.Band band = summary.reliability().get(kind);
			if (band != null) {
				figures.add(messages.getMessage("water.cite.reliability", new Object[] {
						messages.getMessage("water.use." + kind, null, locale), band.p50() * 100, band.p10() * 100 },
						locale));
			}
		}
		figures.add(messages.getMessage("water.cite.shortfall",
				new Object[] { summary.scenarios(), Math.round(summary.totalMeanShortfall()) }, locale));
		return figures;
	}

	/**
	 * The run page's and the summary's part: the decisions and agenda items the run was
	 * cited in.
	 */
	void fillCited(SignedInUser user, Run run, Model model) {
		model.addAttribute("citedIn", citedIn(user, run.id()));
		model.addAttribute("citedInItems", citedInItems(user, run.id()));
	}

	/**
	 * The citing page's part: the decisions and agenda items the user may cite a run in.
	 */
	void fillCitable(SignedInUser user, Model model) {
		model.addAttribute("citable", decisions.citable(user, 50));
		model.addAttribute("citableItems", items.citable(user, 50));
	}

}
