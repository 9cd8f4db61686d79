package dk.samspil.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Makes guessing passwords slow without letting anyone lock a colleague out. Failed
 * sign-ins are counted over the last lock-out period ({@code samspil.accounts.lockout}),
 * in the database so that the counts hold across instances:
 * <ul>
 * <li>per username and address: after {@code max-failed-logins} the username is refused
 * from that address only, so the real person signing in from elsewhere is not
 * affected;</li>
 * <li>per username over all addresses: after {@code max-failed-logins-all-addresses} it
 * is refused from everywhere, which stops guessing spread over many addresses, until it
 * runs out or the secretariat lifts it;</li>
 * <li>per address: after {@code max-failed-logins-per-address}, whatever the usernames,
 * the address is refused, which stops one address trying many usernames.</li>
 * </ul>
 * An address is counted by its network ({@link ClientNetwork}): an IPv6 address by its
 * /64, which one client can hop around in. A refused sign-in is neither tried nor
 * counted. Usernames nobody has are counted like any other, so a refusal never tells
 * whether a username exists. An attempt counts as failed from the moment it arrives until
 * it succeeds, so attempts sent all at once cannot slip under a limit while their
 * passwords are being checked.
 */
@Component
class LoginThrottle {

	/**
	 * Why a sign-in is refused before its password is checked; the login page shows the
	 * reason.
	 */
	enum Refusal {

		/** This username from this address. */
		LOCKED("locked"),
		/** This username from every address. */
		LOCKED_EVERYWHERE("lockedEverywhere"),
		/** Every username from this address. */
		TOO_MANY_FROM_ADDRESS("tooMany");

		private final String parameter;

		Refusal(String parameter) {
			this.parameter = parameter;
		}

		/** The login page's query parameter that names this refusal. */
		String parameter() {
			return parameter;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginFailures failures;

	private final People people;

	private final Clock clock;

	private final int maxFailures;

	private final int maxFailuresAllAddresses;

	private final int maxFailuresPerAddress;

	private final Duration lockout;

	LoginThrottle(LoginFailures failures, People people, Clock clock,
			@Value("${samspil.accounts.max-failed-logins}") int maxFailures,
			@Value("${samspil.accounts.max-failed-logins-all-addresses}") int maxFailuresAllAddresses,
			@Value("${samspil.accounts.max-failed-logins-per-address}") int maxFailuresPerAddress,
			@Value("${samspil.accounts.lockout}") Duration lockout) {
		this.failures = failures;
		this.people = people;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.maxFailuresAllAddresses = maxFailuresAllAddresses;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.lockout = lockout;
	}

	Optional<Refusal> admit(LoginAttempt attempt) {
		return admit(attempt, clock.instant());
	}

	/**
	 * Counts the attempt as failed and lets it be tried, or takes it back and says why it
	 * may not.
	 */
	Optional<Refusal> admit(LoginAttempt attempt, Instant now) {
		long id = failures.add(attempt, now);
		Optional<Refusal> refusal = refusal(failures.since(attempt, now.minus(lockout)));
		if (refusal.isPresent()) {
			failures.remove(id);
		}
		return refusal;
	}

	private Optional<Refusal> refusal(LoginFailures.Counts counts) {
		if (counts.address() > maxFailuresPerAddress) {
			return Optional.of(Refusal.TOO_MANY_FROM_ADDRESS);
		}
		if (counts.username() > maxFailuresAllAddresses) {
			return Optional.of(Refusal.LOCKED_EVERYWHERE);
		}
		if (counts.usernameAtAddress() > maxFailures) {
			return Optional.of(Refusal.LOCKED);
		}
		return Optional.empty();
	}

	/**
	 * The attempt stays counted; this says so in the log when it was the one that reached
	 * a limit.
	 */
	void failed(LoginAttempt attempt) {
		var counts = failures.since(attempt, clock.instant().minus(lockout));
		if (counts.usernameAtAddress() == maxFailures) {
			log.info("Login of {} from {} refused for up to {} after {} failed attempts", loginOf(attempt),
					attempt.address(), lockout, maxFailures);
		}
		if (counts.username() == maxFailuresAllAddresses) {
			log.warn("Login of {} refused from every address for up to {} after {} failed attempts from all addresses",
					loginOf(attempt), lockout, maxFailuresAllAddresses);
		}
		if (counts.address() == maxFailuresPerAddress) {
			log.warn("Sign-ins from {} refused for up to {} after {} failed attempts", attempt.address(), lockout,
					maxFailuresPerAddress);
		}
	}

	/**
	 * The person's username for the log, but not what was typed when nobody has it: that
	 * is now and then a password typed into the wrong field.
	 */
	private String loginOf(LoginAttempt attempt) {
		return people.findByUsername(attempt.username()).map(Person::username).orElse("a username nobody has");
	}

	/**
	 * Forgets the failures of this username from this address; those from elsewhere still
	 * count.
	 */
	void succeeded(LoginAttempt attempt, String username) {
		failures.clear(attempt);
		log.info("{} signed in", username);
	}

	/**
	 * The people whose username is refused from every address, by id, each with when that
	 * ends: when the failure that is the ceiling-th newest grows older than the lock-out
	 * period. Refused attempts are not counted, so nothing but attempts already under way
	 * when the ceiling was reached can move that moment. Rounded up to the minute, as
	 * pages show it, so that someone told the time is not refused at it.
	 */
	Map<Long, Instant> lockedEverywhere() {
		return failures.peopleAtLimit(clock.instant().minus(lockout), maxFailuresAllAddresses)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					failure -> failure.getValue().plus(lockout).plusSeconds(59).truncatedTo(ChronoUnit.MINUTES)));
	}

	/**
	 * Forgets every failure of this username, from every address, so that its person can
	 * sign in again at once: the secretariat's answer when a lock for everyone keeps out
	 * someone who has to work.
	 */
	void lift(String username, String liftedBy) {
		int forgotten = failures.clearEverywhere(username);
		log.info("Lock of {} lifted by {}: {} failed attempts from all addresses forgotten", username, liftedBy,
				forgotten);
	}

	/** How long a refusal lasts at most, in whole minutes, for the login page. */
	long lockoutMinutes() {
		return Math.max(1, lockout.plusSeconds(59).toMinutes());
	}

	/**
	 * Deletes failures too old to count. A schedule rather than a delete at every
	 * sign-in: the sign-in, the path an attacker hammers, stays one insert and one count,
	 * several instances do not contend for the same old rows, and since every count looks
	 * only at the last lock-out period, a late clean-up changes no decision. A job of the
	 * product's one scheduler: the failures are in the database, so one instance of the
	 * cluster cleans up for all.
	 */
	@Bean
	static RecurringTask<Void> accountsForgetFailedLogins(LoginThrottle throttle, Clock clock,
			@Value("${samspil.accounts.lockout}") Duration lockout) {
		return Tasks.recurring("accounts-forget-failed-logins", Schedules.fixedDelay(lockout))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> throttle.forgetOld(clock.instant()));
	}

	int forgetOld(Instant now) {
		return failures.removeUntil(now.minus(lockout));
	}

}
