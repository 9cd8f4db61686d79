package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A prioritisation round on chosen topics, where each municipality casts one ballot. The
 * rules for a ballot (points add up to 100, no topic ranked twice, nothing after the
 * deadline) and for closing and reopening live here.
 */
public record Round(RoundId id, ProcessId process, String title, Method method, Weighting weighting, Instant deadline,
		int remindDays, RoundStatus status, Instant closedAt, List<Long> topics) {

	static final int POINTS = 100;

	/** The longest reason for a reopening kept on record; a longer one is cut. */
	static final int REASON_LENGTH = 2000;

	public Round {
		topics = List.copyOf(topics);
	}

	public boolean isOpen() {
		return status == RoundStatus.OPEN;
	}

	public boolean isClosed() {
		return status == RoundStatus.CLOSED;
	}

	/** Open and before the deadline. */
	public boolean takesBallots(Instant now) {
		return isOpen() && now.isBefore(deadline);
	}

	/** What a new round needs: two topics at least, and a deadline still ahead. */
	static void checkOpening(List<Long> topics, Instant deadline, Instant now) {
		if (topics.stream().distinct().count() < 2) {
			throw new Refusal("strategy.round.twoTopics");
		}
		if (!deadline.isAfter(now)) {
			throw new Refusal("strategy.round.deadlinePassed");
		}
	}

	/** Refuses a ballot that comes too late or does not follow the round's method. */
	void checkBallot(Choice choice, Instant now) {
		if (!isOpen()) {
			throw new Refusal("strategy.ballot.closed");
		}
		if (!now.isBefore(deadline)) {
			throw new Refusal("strategy.ballot.afterDeadline");
		}
		if (method == Method.POINTS) {
			if (!topics.containsAll(choice.points().keySet())
					|| choice.points().values().stream().anyMatch(p -> p < 0 || p > POINTS)) {
				throw new Refusal("strategy.ballot.pointsRange");
			}
			if (choice.pointsTotal() != POINTS) {
				throw new Refusal("strategy.ballot.pointsSum", choice.pointsTotal());
			}
		}
		else {
			Set<Long> seen = new HashSet<>();
			for (Long topic : choice.ranking()) {
				if (!seen.add(topic)) {
					throw new Refusal("strategy.ballot.rankedTwice");
				}
			}
			if (!topics.containsAll(choice.ranking())) {
				throw new Refusal("strategy.ballot.unknownTopic");
			}
			if (choice.ranking().isEmpty()) {
				throw new Refusal("strategy.ballot.rankingEmpty");
			}
		}
	}

	void checkClose() {
		if (!isOpen()) {
			throw new Refusal("strategy.round.alreadyClosed");
		}
	}

	/** The reason as kept on record: stripped, and cut at {@link #REASON_LENGTH}. */
	static String reopenReason(String reason) {
		String stripped = reason.strip();
		return stripped.length() > REASON_LENGTH ? stripped.substring(0, REASON_LENGTH) : stripped;
	}

	/** Only a closed round reopens, with a reason on record and a new deadline ahead. */
	void checkReopen(String reason, Instant newDeadline, Instant now) {
		if (!isClosed()) {
			throw new Refusal("strategy.round.notClosed");
		}
		if (reason == null || reason.isBlank()) {
			throw new Refusal("strategy.round.reasonRequired");
		}
		if (newDeadline == null || !newDeadline.isAfter(now)) {
			throw new Refusal("strategy.round.deadlinePassed");
		}
	}
}
