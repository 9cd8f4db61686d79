package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dk.samspil.accounts.PersonId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a municipality's ballot for one of its voters. The ballot belongs to the
 * municipality: any of its voters may change it until the deadline, but only starting
 * from the ballot as it is now; a save based on an older ballot is refused with the newer
 * one, so that no voter overwrites another without seeing it.
 */
@Component
class BallotDesk {

	private final Rounds rounds;

	private final Ballots ballots;

	private final Clock clock;

	BallotDesk(Rounds rounds, Ballots ballots, Clock clock) {
		this.rounds = rounds;
		this.ballots = ballots;
		this.clock = clock;
	}

	/**
	 * Another voter of the municipality saved the ballot since this voter read it.
	 * Carries the ballot as saved now, to show beside what was typed.
	 */
	static class Outdated extends Refusal {

		private final transient Ballots.Ballot newer;

		Outdated(Ballots.Ballot newer) {
			super("strategy.ballot.changedMeanwhile");
			this.newer = newer;
		}

		Ballots.Ballot newer() {
			return newer;
		}

	}

	/**
	 * Whether the person is named to vote for the municipality (by its code) in the
	 * round: only they see and change its ballot before the close.
	 */
	@Transactional(readOnly = true)
	boolean mayVote(RoundId id, String municipality, PersonId person) {
		return municipality != null && municipality.matches("\\d{4}")
				&& rounds.isVoter(id.value(), municipality, person);
	}

	/**
	 * Saves the ballot if {@code basedOn} is the version now saved (0 for none yet), and
	 * returns the new version.
	 * @throws Outdated when another voter saved meanwhile; nothing is written
	 */
	@Transactional
	int cast(RoundId id, String municipality, PersonId voter, Choice choice, int basedOn) {
		Round round = rounds.share(id.value()).orElseThrow(() -> new Refusal("strategy.round.gone"));
		if (!mayVote(id, municipality, voter)) {
			throw new Refusal("strategy.ballot.notYourMunicipality");
		}
		Instant now = clock.instant();
		round.checkBallot(choice, now);
		Optional<Ballots.Ballot> current = ballots.lock(id.value(), municipality);
		int saved = current.map(Ballots.Ballot::version).orElse(0);
		if (saved != basedOn) {
			throw new Outdated(current.orElse(null));
		}
		boolean written = current.isEmpty() ? ballots.insert(id.value(), municipality, choice, voter, now)
				: ballots.update(id.value(), municipality, basedOn, choice, voter, now);
		if (!written) {
			// the first ballot of another voter was inserted after our read: theirs
			// stands
			throw new Outdated(ballots.find(id.value(), municipality).orElse(null));
		}
		ballots.log(id.value(), municipality, voter, now, current.map(Ballots.Ballot::choice).orElse(null), choice,
				saved + 1);
		return saved + 1;
	}

}
