package dk.samspil.water;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.samspil.groups.GroupId;
import dk.samspil.meetings.AgendaItemLookup;
import dk.samspil.meetings.DecisionLookup;

import org.springframework.stereotype.Component;

/**
 * For the API: the runs an API caller reads through a citation, because it reads a
 * decision or an item of a published agenda that cites them. Which of those it reads is
 * the meetings module's answer, the same as the API gives for the decisions and agendas
 * themselves.
 */
@Component
class RunCitationReaders {

	private final RunCitations citations;

	private final DecisionLookup decisions;

	private final AgendaItemLookup items;

	RunCitationReaders(RunCitations citations, DecisionLookup decisions, AgendaItemLookup items) {
		this.citations = citations;
		this.decisions = decisions;
		this.items = items;
	}

	/** The runs cited in a decision or an item that a reader of {@code groups} reads. */
	Set<Long> citedRunsReadIn(Collection<GroupId> groups) {
		Set<Long> runs = new HashSet<>();
		if (groups.isEmpty()) {
			return runs;
		}
		List<RunCitations.Cited> inDecisions = citations.inDecisions();
		Set<Long> readDecisions = decisions.readableIn(at(inDecisions), groups);
		inDecisions.stream().filter(c -> readDecisions.contains(c.at())).forEach(c -> runs.add(c.run()));
		List<RunCitations.Cited> inItems = citations.inItems();
		Set<Long> readItems = items.readableIn(at(inItems), groups);
		inItems.stream().filter(c -> readItems.contains(c.at())).forEach(c -> runs.add(c.run()));
		return runs;
	}

	/**
	 * Whether run {@code run} is cited in a decision or an item a reader of
	 * {@code groups} reads.
	 */
	boolean readsCitationOf(long run, Collection<GroupId> groups) {
		return !groups.isEmpty() && (!decisions.readableIn(citations.decisionsOf(run), groups).isEmpty()
				|| !items.readableIn(citations.itemsOf(run), groups).isEmpty());
	}

	private static Set<Long> at(List<RunCitations.Cited> cited) {
		Set<Long> ids = new HashSet<>();
		cited.forEach(c -> ids.add(c.at()));
		return ids;
	}

}
