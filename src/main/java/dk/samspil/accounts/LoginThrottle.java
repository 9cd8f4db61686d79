package dk.samspil.accounts;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login for a while after repeated wrong passwords, so guessing is slow. The count lives in the database,
 * so it holds across several instances.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final People people;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	LoginThrottle(People people, Clock clock, @Value("${samspil.accounts.max-failed-logins}") int maxFailures,
			@Value("${samspil.accounts.lockout}") Duration lockout) {
		this.people = people;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		people.findByUsername(event.getAuthentication().getName()).ifPresent(person -> {
			person.loginFailed(clock.instant(), maxFailures, lockout);
			people.save(person);
			if (person.isLocked(clock.instant())) {
				log.warn("Login of {} locked for {} after {} failed attempts", person.username(), lockout, maxFailures);
			}
		});
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		people.findByUsername(event.getAuthentication().getName()).ifPresent(person -> {
			if (person.failedLogins() > 0) {
				person.loginSucceeded();
				people.save(person);
			}
			log.info("{} signed in", person.username());
		});
	}
}
