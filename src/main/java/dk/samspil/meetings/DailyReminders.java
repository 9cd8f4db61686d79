package dk.samspil.meetings;

import java.time.Clock;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupRole;
import dk.samspil.notifications.Mail;
import dk.samspil.notifications.Postbox;
import dk.samspil.time.DanishTime;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning: one digest per person of their open tasks that are due soon or overdue
 * (never a mail per task), and a reminder to a group's chair of each decision whose
 * review date is today. Both are safe to run twice on a day. A job of the product's one
 * scheduler, so that with several instances it runs once in the cluster.
 */
@Component
class DailyReminders {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

	private final Tasks tasks;

	private final Decisions decisions;

	private final DecisionDesk desk;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final Postbox postbox;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final int daysAhead;

	private final Invitations links;

	private final Clock clock;

	private final ExternalWork external;

	DailyReminders(Tasks tasks, Decisions decisions, DecisionDesk desk, GroupDirectory groups, Accounts accounts,
			Postbox postbox, MessageSource messages, JdbcClient jdbc,
			@Value("${samspil.meetings.digest-days-ahead}") int daysAhead, Invitations links, Clock clock,
			ExternalWork external) {
		this.clock = clock;
		this.external = external;
		this.tasks = tasks;
		this.decisions = decisions;
		this.desk = desk;
		this.groups = groups;
		this.accounts = accounts;
		this.postbox = postbox;
		this.messages = messages;
		this.jdbc = jdbc;
		this.daysAhead = daysAhead;
		this.links = links;
	}

	/**
	 * Called on the bean, not on {@code this}, so that each part runs in its transaction.
	 */
	@Bean
	static RecurringTask<Void> meetingsDailyReminders(DailyReminders reminders, Clock clock,
			@Value("${samspil.meetings.reminder-cron}") String cron) {
		return com.github.kagkarlsson.scheduler.task.helper.Tasks
			.recurring("meetings-daily-reminders", Schedules.cron(cron, DanishTime.ZONE))
			.defaultPriority(Priority.HIGH)
			.execute((instance, context) -> {
				LocalDate today = LocalDate.now(clock);
				reminders.sendDigests(today);
				reminders.remindReviews(today);
			});
	}

	/**
	 * Sends each person with open tasks due within the next days, or overdue, one digest;
	 * returns how many.
	 */
	@Transactional
	int sendDigests(LocalDate today) {
		Map<PersonId, List<Task>> byPerson = new LinkedHashMap<>();
		for (Task task : tasks.openDueBy(today.plusDays(daysAhead))) {
			for (PersonId person : owners(task)) {
				byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(task);
			}
		}
		Map<PersonId, List<ExternalTask>> otherWork = new LinkedHashMap<>();
		for (ExternalTask task : external.dueBy(today.plusDays(daysAhead), AgendaDesk.DANISH)) {
			otherWork.computeIfAbsent(task.owner(), p -> new ArrayList<>()).add(task);
		}
		var everyone = new LinkedHashSet<>(byPerson.keySet());
		everyone.addAll(otherWork.keySet());
		int sent = 0;
		for (PersonSummary person : accounts.findAll(everyone)) {
			if (person.active() && firstToday(person.id(), today)) {
				postbox.post(new Mail(person.email(), text("meetings.mail.digest.subject"),
						digest(byPerson.getOrDefault(person.id(), List.of()),
								otherWork.getOrDefault(person.id(), List.of()), today)));
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Reminds the chair of each group with a decision up for review today; returns how
	 * many reminders.
	 */
	@Transactional
	int remindReviews(LocalDate today) {
		int sent = 0;
		for (Decision decision : decisions.dueForReview(today)) {
			for (PersonSummary chair : accounts.findAll(chairs(decision))) {
				postbox.post(
						new Mail(chair.email(), text("meetings.mail.review.subject"),
								messages.getMessage(
										"meetings.mail.review.body", new Object[] { desk.title(decision),
												decision.text(), links.url("/decisions/" + decision.id()) },
										AgendaDesk.DANISH)));
				sent++;
			}
			decisions.markReminded(decision.id(), today);
		}
		return sent;
	}

	/**
	 * The person who owns a task, or the members of its group from the municipality that
	 * owns it.
	 */
	private List<PersonId> owners(Task task) {
		if (task.ownerPerson() != null) {
			return List.of(task.ownerPerson());
		}
		return accounts.findAll(groups.membersOf(task.group()).keySet())
			.stream()
			.filter(p -> task.ownerMunicipality().equals(p.municipality()))
			.map(PersonSummary::id)
			.toList();
	}

	private List<PersonId> chairs(Decision decision) {
		return groups.membersOf(decision.group())
			.entrySet()
			.stream()
			.filter(e -> e.getValue() == GroupRole.CHAIR)
			.map(Map.Entry::getKey)
			.toList();
	}

	private boolean firstToday(PersonId person, LocalDate today) {
		return jdbc.sql("insert into meetings_digest_sent (person_id, day) values (?, ?) on conflict do nothing")
			.params(person.value(), Date.valueOf(today))
			.update() == 1;
	}

	private String digest(List<Task> due, List<ExternalTask> otherWork, LocalDate today) {
		StringBuilder body = new StringBuilder(text("meetings.mail.digest.intro")).append("\n\n");
		for (Task task : due) {
			line(body, task.overdue(today), task.dueOn(), task.title(), null);
		}
		for (ExternalTask task : otherWork) {
			line(body, task.overdue(today), task.dueOn(), task.title(), links.url(task.path()));
		}
		return body.append('\n').append(links.url("/tasks")).append('\n').toString();
	}

	private void line(StringBuilder body, boolean overdue, LocalDate dueOn, String title, String link) {
		body.append(overdue ? text("meetings.mail.digest.overdue") : text("meetings.mail.digest.due"))
			.append(' ')
			.append(dueOn.format(DATE))
			.append(": ")
			.append(title)
			.append(link == null ? "" : " (" + link + ")")
			.append('\n');
	}

	private String text(String key) {
		return messages.getMessage(key, null, AgendaDesk.DANISH);
	}

}
