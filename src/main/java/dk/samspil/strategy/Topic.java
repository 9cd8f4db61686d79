package dk.samspil.strategy;

import dk.samspil.groups.GroupId;
import dk.samspil.accounts.PersonId;
import dk.samspil.rules.Refusal;
import java.time.Instant;

/**
 * A topic proposed for the planning strategy. A merged topic names the topic it went
 * into.
 */
public record Topic(TopicId id, ProcessId process, String title, String description, TopicStatus status,
		TopicId mergedInto, Instant proposedAt) {

	public boolean isOpen() {
		return status == TopicStatus.OPEN;
	}

	/** Comments, endorsements and rounds take open topics only. */
	void checkOpen() {
		if (!isOpen()) {
			throw new Refusal("strategy.topic.notOpen");
		}
	}

	/** Merges only two different open topics of the same process. */
	void checkMergeInto(Topic survivor) {
		if (survivor.id().equals(id)) {
			throw new Refusal("strategy.topic.mergeSelf");
		}
		if (!survivor.process().equals(process)) {
			throw new Refusal("strategy.topic.mergeOtherProcess");
		}
		checkOpen();
		survivor.checkOpen();
	}

	/**
	 * A link that motivates a topic: a document, a decision or a plan section, here or on
	 * the web.
	 */
	public record Link(String label, String url) {
	}

	/**
	 * Who proposed the topic, on behalf of a group or a municipality (one of the two is
	 * null).
	 */
	public record Proposer(PersonId person, GroupId group, String municipality, Instant at) {
	}

	public record Comment(long id, PersonId author, String body, Instant at, Long movedFrom) {
	}

	public record Endorsement(String municipality, PersonId person, Instant at) {
	}
}
