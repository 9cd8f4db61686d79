package dk.samspil.strategy;

import dk.samspil.time.DanishTime;
import dk.samspil.time.Written;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, through the product's one scheduler (db-scheduler), the voters of each
 * municipality that has not voted in a round whose reminder day has come get an e-mail.
 * Each municipality is reminded once per deadline (a reopened round with a new deadline
 * reminds again), so the job is safe to run twice.
 */
@Configuration(proxyBeanMethods = false)
class RoundReminders {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Rounds rounds;

	private final Ballots ballots;

	private final Accounts accounts;

	private final Postbox postbox;

	private final MessageSource messages;

	private final String baseUrl;

	RoundReminders(Rounds rounds, Ballots ballots, Accounts accounts, Postbox postbox, MessageSource messages,
			@Value("${samspil.meetings.base-url}") String baseUrl) {
		this.rounds = rounds;
		this.ballots = ballots;
		this.accounts = accounts;
		this.postbox = postbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Calls the bean, not {@code this}, so that {@link #send} runs in its transaction (a
	 * call on {@code this} would pass by the transactional proxy).
	 */
	@Bean
	static RecurringTask<Void> strategyReminderTask(RoundReminders reminders,
			@Value("${samspil.strategy.reminder-cron}") String cron, Clock clock) {
		return Tasks.recurring("strategy-round-reminders", Schedules.cron(cron, DanishTime.ZONE))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> reminders.send(clock.instant()));
	}

	/** Sends the reminders due at {@code now}; returns how many mails were posted. */
	@Transactional
	public int send(Instant now) {
		int sent = 0;
		for (Round round : rounds.openBefore(now)) {
			if (round.remindDays() <= 0 || now.isBefore(round.deadline().minus(Duration.ofDays(round.remindDays())))) {
				continue;
			}
			Set<String> voted = ballots.ofRound(round.id().value())
				.stream()
				.map(Ballots.Ballot::municipality)
				.collect(Collectors.toSet());
			for (Map.Entry<String, List<PersonId>> entry : rounds.voters(round.id().value()).entrySet()) {
				if (voted.contains(entry.getKey())
						|| !rounds.reminded(round.id().value(), entry.getKey(), round.deadline(), now)) {
					continue;
				}
				for (PersonId voter : entry.getValue()) {
					PersonSummary person = accounts.find(voter).orElse(null);
					if (person != null && person.active() && person.email() != null && person.email().contains("@")) {
						postbox.post(mail(person, round));
						sent++;
					}
				}
			}
		}
		return sent;
	}

	private Mail mail(PersonSummary person, Round round) {
		String deadline = Written.in(DANISH).dateTime(round.deadline().minusSeconds(1));
		String subject = messages.getMessage("strategy.reminder.subject", new Object[] { round.title() }, DANISH);
		String body = messages.getMessage("strategy.reminder.body", new Object[] { person.displayName(), round.title(),
				deadline, baseUrl + "/strategy/rounds/" + round.id().value() }, DANISH);
		return new Mail(person.email(), subject, body);
	}

}
